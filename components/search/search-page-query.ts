import { pageFromSearchParam } from "@/components/ui/pagination";
import type { SearchParams } from "@/components/records/records-query";
import { zodIssuesToFields } from "@/lib/services/parse-input";
import { MAX_OFFSET, searchQueryParams, type SearchHitDto, type SearchInput } from "@/lib/services/search/search-schemas";

export const SEARCH_PAGE_SIZE = 20;
const FIELDS = ["q", "type", "recordType", "projectId"] as const;

/** What the results page shows: the form's values as typed, and the search to run (or why there is none). */
export interface SearchPageQuery {
  values: Partial<Record<(typeof FIELDS)[number], string>>;
  page: number;
  input: SearchInput | null;
  /** Why the address bar's query cannot be searched, for the person to fix. */
  problem: string | null;
}

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === undefined || raw === "" ? undefined : raw;
}

/** The address bar through the API's own schema, so the page refuses exactly what GET /search refuses. */
export function parseSearchPage(params: SearchParams): SearchPageQuery {
  const values: SearchPageQuery["values"] = {};
  for (const key of FIELDS) {
    const value = first(params[key]);
    if (value !== undefined) values[key] = value;
  }
  const page = Math.min(pageFromSearchParam(params.page), Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE) + 1);
  if (!values.q?.trim()) return { values, page, input: null, problem: null };
  const parsed = searchQueryParams.safeParse({ ...values, limit: String(SEARCH_PAGE_SIZE), offset: String((page - 1) * SEARCH_PAGE_SIZE) });
  if (parsed.success) return { values, page, input: parsed.data, problem: null };
  const fields = zodIssuesToFields(parsed.error.issues);
  const [field, messages] = Object.entries(fields)[0]!;
  return { values, page, input: null, problem: `${field === "q" ? "The search" : field} ${messages[0]}.` };
}

export function searchHref(values: SearchPageQuery["values"], page = 1): string {
  const params = new URLSearchParams();
  for (const key of FIELDS) if (values[key]) params.set(key, values[key]!);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

/** Where a hit opens: the record, at the matching turn for transcripts (`t` in seconds, as media links do). */
export function hitHref(hit: Pick<SearchHitDto, "recordId" | "type" | "segmentIndex" | "startMs" | "analysisId">): string {
  const base = `/records/${encodeURIComponent(hit.recordId)}`;
  if (hit.type === "transcript" && hit.segmentIndex !== null) {
    const params = new URLSearchParams({ segment: String(hit.segmentIndex) });
    if (hit.startMs !== null) params.set("t", String(hit.startMs / 1000));
    return `${base}?${params.toString()}`;
  }
  if (hit.type === "summary" && hit.analysisId) return `${base}?analysis=${encodeURIComponent(hit.analysisId)}`;
  return base;
}
