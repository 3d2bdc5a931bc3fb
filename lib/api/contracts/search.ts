import { z } from "zod";
import { MAX_OFFSET, searchHitDto, searchQueryParams, searchRequestBody } from "../../services/search/search-schemas";
import type { SearchResult } from "../../services/search/search-records";
import { paged, type ApiResult } from "../envelope";
import { defineOperations } from "../openapi/operation";

export { searchQueryParams, searchRequestBody };

const searchMeta = z.object({
  offset: z.number().int().describe("How many hits were skipped"),
  query: z.string().describe("The query as searched, trimmed"),
  tookMs: z.number().describe("Time the search took in the database, in milliseconds"),
});

/**
 * The list envelope of every collection, plus offset, query and tookMs.
 * `pageSize` is the limit and `page` the page the offset falls in.
 */
export function searchEnvelope(result: SearchResult): ApiResult<z.infer<typeof searchHitDto>[]> {
  return paged(
    { items: result.items, page: Math.floor(result.offset / result.limit) + 1, pageSize: result.limit, total: result.total },
    { offset: result.offset, query: result.query, tookMs: result.tookMs },
  );
}

const description = [
  "Searches the transcripts, the summaries of each record's newest analysis, and record metadata (title, agent name, file name, the string values of custom fields; never the customer's phone) of your organization, on PostgreSQL full-text search in English: words match their other forms (`refunds` finds `refund`).",
  'Query syntax: words must all appear (`refund policy`), `"quoted words"` must appear together in that order, `or` between words accepts either, `-word` leaves out what contains it. Other punctuation is ignored.',
  "A query of only operators, common words (`the`, `and`) or left-out words finds nothing (200, empty list). Transcripts and summaries are stored with personal data already masked, so masked card numbers or email addresses are never found.",
  `Each hit is one record and one kind (transcript, summary, metadata), best first, with an HTML snippet whose only tags are <mark> around the matched words. Transcript hits name the turn that matches (segmentIndex, startMs). Pages: limit (1-100, default 20) and offset (up to ${MAX_OFFSET}).`,
].join("\n\n");

export const searchOperations = defineOperations([
  {
    method: "get",
    path: "/search",
    tag: "Search",
    summary: "Full-text search of transcripts, summaries and record metadata",
    description,
    query: searchQueryParams,
    response: searchHitDto,
    paginated: true,
    meta: searchMeta,
  },
  {
    method: "post",
    path: "/search",
    tag: "Search",
    summary: "Full-text search with filters in a JSON body",
    description:
      "The same search as GET /search, for filters that read better as JSON: `{ query, filters: { projectId, recordType, type, from, to, sentiment, topics, complianceStatus, minScore, maxScore }, sort, limit, offset }`. Sentiment, topics, compliance and score are those of each record's newest analysis; records without one do not match those filters.",
    body: searchRequestBody,
    response: searchHitDto,
    paginated: true,
    meta: searchMeta,
  },
]);
