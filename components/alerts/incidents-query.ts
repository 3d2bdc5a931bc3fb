import { pageFromSearchParam } from "@/components/ui/pagination";
import { INCIDENT_STATUSES, type IncidentStatus } from "@/db/schema/alerts";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface IncidentListFilters {
  status?: IncidentStatus;
  ruleId?: string;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** A hand-edited address bar must not break the page: anything odd is simply no filter. */
export function parseIncidentFilters(params: SearchParams): IncidentListFilters {
  const status = first(params.status);
  const ruleId = first(params.ruleId);
  return {
    status: (INCIDENT_STATUSES as readonly string[]).includes(status ?? "") ? (status as IncidentStatus) : undefined,
    ruleId: ruleId && /^alr_[0-9A-Za-z]{1,60}$/.test(ruleId) ? ruleId : undefined,
    page: pageFromSearchParam(params.page),
  };
}

export function incidentsHref(filters: IncidentListFilters, changes: Partial<IncidentListFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.status) params.set("status", merged.status);
  if (merged.ruleId) params.set("ruleId", merged.ruleId);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/alerts/incidents?${query}` : "/alerts/incidents";
}
