import { RECORD_STATUSES, RECORD_TYPES } from "@/db/schema";
import type { ListRecordsQuery } from "@/lib/services/records/list-records";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The filters as they appear in the address bar; empty ones are left out. */
export interface RecordFilters {
  projectId?: string;
  status?: (typeof RECORD_STATUSES)[number];
  type?: (typeof RECORD_TYPES)[number];
  agentName?: string;
  from?: string;
  to?: string;
  sort: "createdAt" | "duration";
  order: "asc" | "desc";
  page: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

/** A hand-edited address bar must not crash the page: anything unexpected is simply no filter. */
export function parseRecordFilters(params: SearchParams): RecordFilters {
  const page = Number(first(params.page));
  const from = first(params.from);
  const to = first(params.to);
  return {
    projectId: first(params.projectId)?.slice(0, 64),
    status: oneOf(RECORD_STATUSES, first(params.status)),
    type: oneOf(RECORD_TYPES, first(params.type)),
    agentName: first(params.agentName)?.slice(0, 200),
    from: from && DATE_ONLY.test(from) ? from : undefined,
    to: to && DATE_ONLY.test(to) ? to : undefined,
    sort: first(params.sort) === "duration" ? "duration" : "createdAt",
    order: first(params.order) === "asc" ? "asc" : "desc",
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
  };
}

/** Dates are whole days in UTC, like the API's `from`/`to`. */
export function toListQuery(filters: RecordFilters, pageSize: number): ListRecordsQuery {
  const day = (value: string | undefined, time: string) => (value ? new Date(`${value}T${time}Z`) : undefined);
  return {
    page: filters.page,
    pageSize,
    sort: filters.sort,
    order: filters.order,
    projectId: filters.projectId,
    status: filters.status,
    type: filters.type,
    agentName: filters.agentName,
    from: day(filters.from, "00:00:00.000"),
    to: day(filters.to, "23:59:59.999"),
  };
}

/** /records with these filters and the given changes; defaults stay out of the address. */
export function recordsHref(filters: RecordFilters, changes: Partial<RecordFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of ["projectId", "status", "type", "agentName", "from", "to"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.sort !== "createdAt") params.set("sort", merged.sort);
  if (merged.order !== "desc") params.set("order", merged.order);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/records?${query}` : "/records";
}
