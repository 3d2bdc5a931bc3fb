import { and, eq, gte, lte, sql } from "drizzle-orm";
import { projects, usageEvents, type UsageKind } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";
import { periodBounds, periodOf } from "../../billing/period";
import { currentPriceList } from "../../billing/price-list";
import { validationError } from "../../errors";
import type { ServiceContext } from "../context";
import { assertBillingAccess } from "./billing-access";
import type { BillingUsageDto } from "./billing-schemas";

export interface BillingUsageQuery {
  from?: Date;
  to?: Date;
}

const DAY_MS = 86_400_000;
/** Every day of the range is a point of the chart; a year is plenty. */
export const MAX_USAGE_RANGE_DAYS = 366;

interface Amounts {
  cost: number;
  audioMinutes: number;
  analyses: number;
  llmTokens: number;
}

type Row = { kind: UsageKind; quantity: number; costMicros: number };

/** Per kind rows to the four amounts; micros summed as integers before the one conversion. */
function amountsOf(rows: Row[]): Amounts {
  const micros = rows.reduce((sum, r) => sum + r.costMicros, 0);
  const quantity = (kind: UsageKind) => rows.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.quantity, 0);
  return {
    cost: microsToAmount(micros),
    audioMinutes: Math.round(quantity("audio_minutes") * 10_000) / 10_000,
    analyses: quantity("analysis"),
    llmTokens: quantity("llm_tokens"),
  };
}

function groupBy<K>(rows: (Row & { key: K })[]): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

/**
 * `GET /billing/usage/:orgId`: metered usage by day (every day of the range,
 * for the chart), by project and by kind. Defaults to the current period up
 * to the end of today (UTC).
 */
export async function getBillingUsage(ctx: ServiceContext, orgId: string, query: BillingUsageQuery, now = new Date()): Promise<BillingUsageDto> {
  assertBillingAccess(ctx, orgId, "billing:read");
  const from = query.from ?? periodBounds(periodOf(now)).start;
  const to = query.to ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS - 1);
  if (to.getTime() - from.getTime() > MAX_USAGE_RANGE_DAYS * DAY_MS) {
    throw validationError({ to: [`must be at most ${MAX_USAGE_RANGE_DAYS} days after from`] });
  }
  if (from > to) throw validationError({ from: ["must not be after `to`"] });

  const where = and(eq(usageEvents.orgId, ctx.orgId), gte(usageEvents.createdAt, from), lte(usageEvents.createdAt, to));
  const day = sql<string>`to_char(${usageEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const sums = {
    kind: usageEvents.kind,
    quantity: sql<number>`sum(${usageEvents.quantity})`.mapWith(Number),
    costMicros: sql<number>`sum(${usageEvents.costMicros})`.mapWith(Number),
  };
  const [byDayRows, byProjectRows, byKindRows] = await Promise.all([
    ctx.db.select({ key: day, ...sums }).from(usageEvents).where(where).groupBy(day, usageEvents.kind),
    ctx.db
      .select({ key: usageEvents.projectId, name: projects.name, ...sums })
      .from(usageEvents)
      .leftJoin(projects, eq(projects.id, usageEvents.projectId))
      .where(where)
      .groupBy(usageEvents.projectId, projects.name, usageEvents.kind),
    ctx.db
      .select({ ...sums, events: sql<number>`count(*)`.mapWith(Number) })
      .from(usageEvents)
      .where(where)
      .groupBy(usageEvents.kind),
  ]);

  const days = groupBy(byDayRows);
  const byDay: BillingUsageDto["byDay"] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    byDay.push({ date, ...amountsOf(days.get(date) ?? []) });
  }
  const names = new Map(byProjectRows.map((r) => [r.key, r.name]));
  const byProject = [...groupBy(byProjectRows)]
    .map(([projectId, rows]) => ({ projectId, projectName: names.get(projectId) ?? null, ...amountsOf(rows) }))
    .sort((a, b) => b.cost - a.cost || (a.projectName ?? "").localeCompare(b.projectName ?? ""));
  const prices = currentPriceList();
  const byKind = byKindRows
    .map((r) => ({ kind: r.kind, unit: prices[r.kind].unit, quantity: Math.round(r.quantity * 10_000) / 10_000, events: r.events, cost: microsToAmount(r.costMicros) }))
    .sort((a, b) => b.cost - a.cost);

  return {
    orgId: ctx.orgId,
    from: from.toISOString(),
    to: to.toISOString(),
    currency: prices.currency,
    totals: amountsOf(byKindRows),
    byDay,
    byProject,
    byKind,
  };
}
