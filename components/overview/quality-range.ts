import type { QualityOverview, QualityOverviewQuery } from "@/lib/services/analyses/quality-overview";

/**
 * The overview's filters as they appear in the address bar: whole UTC days
 * (the days the service groups the trend by) and an optional project.
 * Pure, so the parsing of a hand-edited address is tested without a server.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export interface QualityFilters {
  from: string;
  to: string;
  projectId?: string;
}

export const DEFAULT_RANGE_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
/** Past this, the trend shows the days with records only instead of every day. */
const MAX_FILLED_DAYS = 731;

function first(value: string | string[] | undefined): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw : undefined;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, now: Date): { from: string; to: string } {
  const to = dayOf(now);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * `from`, `to` and `projectId` from the address. Missing or malformed dates
 * fall back to the last 30 days (or 30 days around the one date given), a
 * reversed range is put the right way round, and a project the organization
 * does not have is no filter: a bookmarked link never breaks the page.
 */
export function parseQualityFilters(params: SearchParams, now: Date, projectIds: readonly string[]): QualityFilters {
  const fromParam = first(params.from);
  const toParam = first(params.to);
  let from = isDay(fromParam) ? fromParam : undefined;
  let to = isDay(toParam) ? toParam : undefined;
  if (!from && !to) ({ from, to } = lastDays(DEFAULT_RANGE_DAYS, now));
  else if (!from) from = addDays(to!, -(DEFAULT_RANGE_DAYS - 1));
  else if (!to) to = from > dayOf(now) ? from : dayOf(now);
  if (from! > to!) [from, to] = [to, from];
  const projectId = first(params.projectId);
  return { from: from!, to: to!, ...(projectId && projectIds.includes(projectId) ? { projectId } : {}) };
}

/** Whole days in UTC, both ends included, as the service takes them. */
export function toQualityQuery(filters: QualityFilters): QualityOverviewQuery {
  return {
    from: new Date(`${filters.from}T00:00:00.000Z`),
    to: new Date(`${filters.to}T23:59:59.999Z`),
    ...(filters.projectId ? { projectId: filters.projectId } : {}),
  };
}

/** `/` with these filters and the given changes. */
export function overviewHref(filters: QualityFilters, changes: Partial<QualityFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams({ from: merged.from, to: merged.to });
  if (merged.projectId) params.set("projectId", merged.projectId);
  return `/?${params.toString()}`;
}

export type TrendDay = QualityOverview["scoreTrend"][number];

/** Every day of the range, with no records on the days the service had none, so the time axis is even. */
export function fillTrend(trend: readonly TrendDay[], from: string, to: string): TrendDay[] {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  if (days > MAX_FILLED_DAYS || days < 1) return [...trend];
  const byDay = new Map(trend.map((t) => [t.date, t]));
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    return byDay.get(date) ?? { date, records: 0, averageQualityScore: null, compliancePassRate: null };
  });
}

const SHORT_DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const LONG_DAY = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function shortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
}

export function longDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** 0.8333 → "83%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
