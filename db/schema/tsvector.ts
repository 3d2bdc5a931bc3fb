import { customType } from "drizzle-orm/pg-core";

/**
 * PostgreSQL's `tsvector`, for full-text search. drizzle has no built-in type
 * for it. Callscope only writes these as generated columns and reads them in
 * SQL (`@@`, `ts_rank`), so the value is never parsed: its text form is kept.
 */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType() {
    return "tsvector";
  },
});

/**
 * How much of a long text is indexed. A tsvector cannot exceed 1 MB, and
 * text of many distinct short words grows about threefold when indexed, so
 * an unbounded expression would let one odd transcript fail its insert.
 * 200,000 characters is more than three hours of continuous speech.
 */
export const SEARCH_INDEX_CHARS = 200_000;
