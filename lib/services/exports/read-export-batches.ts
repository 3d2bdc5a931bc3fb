import { and, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses, projects, records, scorecards, transcripts, type RecordRow } from "../../../db/schema";
import type { Role } from "../../auth/roles";
import type { ExportPart, ExportedAnalysis, ExportedRecord, ExportedTurn } from "../../exports/exported-record";
import { recordFilterWhere, type RecordFilter } from "../records/record-filters";
import { visiblePhone } from "../records/record-schemas";

export interface ExportSelection {
  db: Db;
  orgId: string;
  filter: RecordFilter;
  /** Records created after this moment are left out, so the totals and the rows agree. */
  snapshotAt: Date;
}

export interface ReadBatchesOptions extends ExportSelection {
  include: readonly ExportPart[];
  /** The requester's role: decides whether phone numbers are masked. */
  viewerRole: Role;
  batchSize: number;
}

/** Newest first, as the records list shows them by default. */
export function exportWhere(selection: ExportSelection): SQL {
  return and(recordFilterWhere(selection.orgId, selection.filter), lte(records.createdAt, selection.snapshotAt))!;
}

type AnalysisPick = ExportedAnalysis & { recordId: string; summary: string | null; criteria: ExportedRecord["criteria"] };
/** Category id → name, per scorecard version; a handful per export, so kept for the whole run. */
type CategoryNames = Map<string, Map<string, string>>;

async function loadCategoryNames(db: Db, orgId: string, scorecardIds: string[], known: CategoryNames): Promise<void> {
  const missing = [...new Set(scorecardIds)].filter((id) => !known.has(id));
  if (!missing.length) return;
  const rows = await db
    .select({ id: scorecards.id, categories: sql<{ id: string; name: string }[]>`${scorecards.definition} -> 'categories'` })
    .from(scorecards)
    .where(and(eq(scorecards.orgId, orgId), inArray(scorecards.id, missing)));
  for (const row of rows) known.set(row.id, new Map((row.categories ?? []).map((c) => [c.id, c.name])));
}

/** Each record's newest completed analysis (what the record's score comes from), for one batch. */
async function newestAnalyses(db: Db, orgId: string, recordIds: string[], names: CategoryNames): Promise<Map<string, AnalysisPick>> {
  const rows = await db
    .selectDistinctOn([analyses.recordId], {
      recordId: analyses.recordId,
      id: analyses.id,
      scorecardId: analyses.scorecardId,
      scorecardVersion: analyses.scorecardVersion,
      completedAt: analyses.completedAt,
      categories: analyses.categories,
      improvements: analyses.improvements,
      summary: analyses.summary,
      criteria: analyses.criteria,
      // Only the overall mood: the per-turn series can be larger than everything else together.
      sentiment: sql<{ label: "negative" | "neutral" | "positive"; score: number } | null>`${analyses.sentiment} -> 'overall'`,
      topics: analyses.topics,
    })
    .from(analyses)
    .where(and(eq(analyses.orgId, orgId), inArray(analyses.recordId, recordIds), eq(analyses.status, "completed")))
    .orderBy(analyses.recordId, desc(analyses.createdAt), desc(analyses.id));
  await loadCategoryNames(db, orgId, rows.map((a) => a.scorecardId), names);
  return new Map(
    rows.map((a) => {
      const nameOf = (id: string) => names.get(a.scorecardId)?.get(id) ?? id;
      return [
        a.recordId,
        {
          recordId: a.recordId,
          id: a.id,
          scorecardVersion: a.scorecardVersion,
          completedAt: a.completedAt?.toISOString() ?? null,
          categories: Object.entries(a.categories ?? {}).map(([id, score]) => ({ id, name: nameOf(id), score })),
          improvements: a.improvements ?? [],
          sentiment: a.sentiment ? { label: a.sentiment.label, score: a.sentiment.score } : null,
          topics: a.topics ?? [],
          summary: a.summary,
          criteria: (a.criteria ?? []).map((c) => ({
            id: c.id,
            name: c.name,
            category: c.category,
            categoryName: nameOf(c.category),
            compliance: c.compliance,
            result: c.result,
            explanation: c.explanation,
          })),
        },
      ];
    }),
  );
}

/** Speaker turns without their word timings, which the database leaves behind. */
async function transcriptTurns(db: Db, recordIds: string[]): Promise<Map<string, ExportedTurn[]>> {
  const rows = await db
    .select({
      recordId: transcripts.recordId,
      turns: sql<ExportedTurn[]>`(select coalesce(jsonb_agg(jsonb_build_object('speaker', s -> 'speaker', 'startMs', s -> 'startMs', 'text', s -> 'text') order by n), '[]'::jsonb) from jsonb_array_elements(${transcripts.segments}) with ordinality as e(s, n))`,
    })
    .from(transcripts)
    .where(inArray(transcripts.recordId, recordIds));
  return new Map(rows.map((r) => [r.recordId, r.turns]));
}

function toExported(
  row: RecordRow,
  projectName: string,
  options: ReadBatchesOptions,
  analysis: AnalysisPick | undefined,
  turns: ExportedTurn[] | undefined,
): ExportedRecord {
  const has = (part: ExportPart) => options.include.includes(part);
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    type: row.type,
    status: row.status,
    title: row.title,
    projectId: row.projectId,
    projectName,
    agentName: row.agentName,
    durationSeconds: row.durationMs === null ? null : Math.round(row.durationMs / 1000),
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    ...(has("metadata")
      ? {
          metadata: {
            source: row.source,
            direction: row.direction,
            customerPhone: visiblePhone(row.customerPhone, options.viewerRole),
            externalId: row.externalId,
            language: row.language,
            completedAt: row.completedAt?.toISOString() ?? null,
            custom: row.metadata,
          },
        }
      : {}),
    ...(has("analysis")
      ? {
          analysis: analysis
            ? {
                id: analysis.id,
                scorecardVersion: analysis.scorecardVersion,
                completedAt: analysis.completedAt,
                categories: analysis.categories,
                improvements: analysis.improvements,
                sentiment: analysis.sentiment,
                topics: analysis.topics,
              }
            : null,
        }
      : {}),
    ...(has("summary") ? { summary: analysis?.summary ?? null } : {}),
    ...(has("criteria") ? { criteria: analysis?.criteria ?? [] } : {}),
    ...(has("transcript") ? { transcript: turns ?? null } : {}),
  };
}

/**
 * The matching records, a batch at a time, newest first. Keyset pagination on
 * (createdAt, id): each batch starts after the last one's final row, so a
 * batch costs the same at the end of 100 000 records as at the start, and
 * only one batch is in memory. The cursor keeps the timestamp as Postgres
 * text: a JavaScript Date has milliseconds, the column microseconds, and
 * rounding would skip or repeat records created in the same millisecond.
 */
export async function* readExportBatches(options: ReadBatchesOptions): AsyncGenerator<ExportedRecord[]> {
  const { db, orgId } = options;
  const where = exportWhere(options);
  const wantsAnalysis = options.include.some((p) => p === "analysis" || p === "criteria" || p === "summary");
  const wantsTranscript = options.include.includes("transcript");
  const categoryNames: CategoryNames = new Map();
  let cursor: { at: string; id: string } | null = null;
  for (;;) {
    const page: { record: RecordRow; projectName: string; at: string }[] = await db
      .select({ record: records, projectName: projects.name, at: sql<string>`${records.createdAt}::text` })
      .from(records)
      .innerJoin(projects, eq(projects.id, records.projectId))
      .where(cursor ? and(where, sql`(${records.createdAt}, ${records.id}) < (${cursor.at}::timestamptz, ${cursor.id})`) : where)
      .orderBy(desc(records.createdAt), desc(records.id))
      .limit(options.batchSize);
    if (!page.length) return;
    const ids = page.map((p) => p.record.id);
    const [analysisById, turnsById] = await Promise.all([
      wantsAnalysis ? newestAnalyses(db, orgId, ids, categoryNames) : new Map<string, AnalysisPick>(),
      wantsTranscript ? transcriptTurns(db, ids) : new Map<string, ExportedTurn[]>(),
    ]);
    yield page.map((p) => toExported(p.record, p.projectName, options, analysisById.get(p.record.id), turnsById.get(p.record.id)));
    if (page.length < options.batchSize) return;
    const last = page[page.length - 1]!;
    cursor = { at: last.at, id: last.record.id };
  }
}
