import { pageFromSearchParam } from "@/components/ui/pagination";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface QueueFilters {
  projectId?: string;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** A hand-edited address bar must not break the page: anything odd is simply no filter. */
export function parseQueueFilters(params: SearchParams): QueueFilters {
  const projectId = first(params.projectId);
  return { projectId: projectId && /^proj_[0-9A-Za-z]{1,60}$/.test(projectId) ? projectId : undefined, page: pageFromSearchParam(params.page) };
}

export function queueHref(filters: QueueFilters, changes: Partial<QueueFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.projectId) params.set("projectId", merged.projectId);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/reviews?${query}` : "/reviews";
}
