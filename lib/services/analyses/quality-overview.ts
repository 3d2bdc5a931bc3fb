import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { analyses, records, reviews } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../context";

export interface QualityOverviewQuery {
  projectId?: string;
  from?: Date;
  to?: Date;
}

export interface QualityOverview {
  records: number;
  analysedRecords: number;
  averageQualityScore: number | null;
  compliancePassRate: number | null;
  aiReviewerAgreement: number | null;
  /** Per UTC day with records: average score and compliance pass rate. */
  scoreTrend: { date: string; records: number; averageQualityScore: number | null; compliancePassRate: number | null }[];
  /** Customers' sentiment at the end of analysed conversations. */
  customerSentiment: { positive: number; neutral: number; negative: number };
  topKeyPhrases: { text: string; records: number }[];
}

const round = (v: number | null | undefined, digits: number) => (v === null || v === undefined || Number.isNaN(v) ? null : Number(Number(v).toFixed(digits)));

/**
 * The supervisor's overview for a period and project: volume, quality,
 * compliance, agreement with reviewers, the trend by day, how customers
 * ended up feeling, and what conversations were about. Built from each
 * record's newest completed analysis.
 */
export async function getQualityOverview(ctx: ServiceContext, query: QualityOverviewQuery): Promise<QualityOverview> {
  assertCan(ctx, "org:read");
  const recordFilters: SQL[] = [eq(records.orgId, ctx.orgId)];
  if (query.projectId) recordFilters.push(eq(records.projectId, query.projectId));
  if (query.from) recordFilters.push(gte(records.createdAt, query.from));
  if (query.to) recordFilters.push(lte(records.createdAt, query.to));
  const inPeriod = and(...recordFilters);
  const newest = sql`${analyses.status} = 'completed' and not exists (select 1 from analyses newer where newer.record_id = ${analyses.recordId}
    and newer.status = 'completed' and (newer.created_at > ${analyses.createdAt} or (newer.created_at = ${analyses.createdAt} and newer.id > ${analyses.id})))`;
  const passRate = sql<number | null>`avg(case ${records.complianceStatus} when 'passed' then 1.0 when 'failed' then 0.0 end)`;

  const day = sql<string>`to_char(${records.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const [totals, trend, sentiment, phrases, agreement] = await Promise.all([
    ctx.db
      .select({
        records: sql<number>`count(*)`.mapWith(Number),
        analysed: sql<number>`count(${records.qualityScore})`.mapWith(Number),
        averageQualityScore: sql<number | null>`avg(${records.qualityScore})`,
        compliancePassRate: passRate,
      })
      .from(records)
      .where(inPeriod),
    ctx.db
      .select({ date: day, records: sql<number>`count(*)`.mapWith(Number), averageQualityScore: sql<number | null>`avg(${records.qualityScore})`, compliancePassRate: passRate })
      .from(records)
      .where(inPeriod)
      .groupBy(day)
      .orderBy(day),
    ctx.db
      .select({ label: sql<string>`${analyses.sentiment} -> 'speakers' -> 'customer' -> 'trend' ->> 'end'`, n: sql<number>`count(*)`.mapWith(Number) })
      .from(analyses)
      .innerJoin(records, eq(records.id, analyses.recordId))
      .where(and(inPeriod, newest, sql`${analyses.sentiment} -> 'speakers' -> 'customer' is not null`))
      .groupBy(sql`1`),
    ctx.db
      .select({ text: sql<string>`lower(kp ->> 'text')`, n: sql<number>`count(distinct ${analyses.recordId})`.mapWith(Number) })
      .from(analyses)
      .innerJoin(records, eq(records.id, analyses.recordId))
      .crossJoin(sql`jsonb_array_elements(coalesce(${analyses.keyPhrases}, '[]'::jsonb)) as kp`)
      .where(and(inPeriod, newest))
      .groupBy(sql`1`)
      .orderBy(sql`2 desc`, sql`1 asc`)
      .limit(15),
    ctx.db
      .select({ agreed: sql<number>`coalesce(sum(${reviews.agreedCount}), 0)`.mapWith(Number), compared: sql<number>`coalesce(sum(${reviews.comparedCount}), 0)`.mapWith(Number) })
      .from(reviews)
      .innerJoin(records, eq(records.id, reviews.recordId))
      .where(
        and(
          inPeriod,
          eq(reviews.status, "submitted"),
          sql`not exists (select 1 from reviews newer where newer.analysis_id = ${reviews.analysisId} and newer.status = 'submitted'
            and (newer.created_at > ${reviews.createdAt} or (newer.created_at = ${reviews.createdAt} and newer.id > ${reviews.id})))`,
        ),
      ),
  ]);

  // The same thresholds as the analyzer's labels (lib/analysis/local/sentiment.ts).
  const customerSentiment = { positive: 0, neutral: 0, negative: 0 };
  for (const row of sentiment) {
    const end = Number(row.label);
    const label = end > 0.2 ? "positive" : end < -0.2 ? "negative" : "neutral";
    customerSentiment[label] += row.n;
  }
  const t = totals[0];
  const a = agreement[0];
  return {
    records: t?.records ?? 0,
    analysedRecords: t?.analysed ?? 0,
    averageQualityScore: round(t?.averageQualityScore, 1),
    compliancePassRate: round(t?.compliancePassRate, 3),
    aiReviewerAgreement: a && a.compared > 0 ? round(a.agreed / a.compared, 3) : null,
    scoreTrend: trend.map((r) => ({ date: r.date, records: r.records, averageQualityScore: round(r.averageQualityScore, 1), compliancePassRate: round(r.compliancePassRate, 3) })),
    customerSentiment,
    topKeyPhrases: phrases.map((p) => ({ text: p.text, records: p.n })),
  };
}
