import { performance } from "node:perf_hooks";
import { assertCan, type ServiceContext } from "../context";
import { searchCountStatement, searchStatement, type SearchRow } from "./search-query";
import type { SearchHitDto, SearchInput } from "./search-schemas";
import { toSnippet } from "./snippet";

export interface SearchResult {
  items: SearchHitDto[];
  total: number;
  limit: number;
  offset: number;
  /** The query as it was searched (trimmed). */
  query: string;
  /** Time spent in the database, in milliseconds. */
  tookMs: number;
}

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows as an array; PGlite wraps them in { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function toHitDto(row: SearchRow): SearchHitDto {
  const startMs = row.start_ms === null ? null : Math.round(Number(row.start_ms));
  return {
    recordId: row.record_id,
    type: row.type,
    snippet: toSnippet(row.headline),
    score: Math.round(Number(row.score) * 10_000) / 10_000,
    createdAt: row.created_at,
    recordType: row.record_type,
    recordName: row.title ?? row.original_filename ?? row.external_id ?? row.record_id,
    projectId: row.project_id,
    segmentIndex: row.segment_index,
    startMs: startMs !== null && Number.isFinite(startMs) ? startMs : null,
    analysisId: row.analysis_id,
  };
}

/**
 * Full-text search over the organization's transcripts, the summaries of
 * their newest analyses and their metadata: one ranked list of hits, each
 * with a snippet. Anyone who may read records may search them. A query
 * that leaves nothing to look for (only operators, common words or
 * excluded words) finds nothing rather than everything.
 */
export async function searchRecords(ctx: ServiceContext, input: SearchInput): Promise<SearchResult> {
  assertCan(ctx, "org:read");
  const started = performance.now();
  const rows = rowsOf<SearchRow>(await ctx.db.execute(searchStatement(ctx.orgId, input)));
  let total = rows[0]?.total;
  if (total === undefined) {
    total = input.offset === 0 ? 0 : (rowsOf<{ total: number }>(await ctx.db.execute(searchCountStatement(ctx.orgId, input)))[0]?.total ?? 0);
  }
  const tookMs = Math.round((performance.now() - started) * 10) / 10;
  return { items: rows.map(toHitDto), total: Number(total), limit: input.limit, offset: input.offset, query: input.query, tookMs };
}
