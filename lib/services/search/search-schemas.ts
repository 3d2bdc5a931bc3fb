import { z } from "zod";
import { RECORD_TYPES } from "../../../db/schema";
import { dateRangeShape } from "../../api/list-query";

/** What matched: the transcript, the newest analysis's summary, or the record's metadata (title, agent, file name, custom fields). */
export const SEARCH_HIT_TYPES = ["transcript", "summary", "metadata"] as const;
export type SearchHitType = (typeof SEARCH_HIT_TYPES)[number];

export const SEARCH_SORTS = ["relevance", "createdAt"] as const;
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

export const MAX_QUERY_LENGTH = 500;
/** Deep pages cost as much as all the pages before them; past this, narrow the search instead. */
export const MAX_OFFSET = 10_000;
const MAX_TOPICS = 20;

// NUL cannot be stored in PostgreSQL text and other control characters mean nothing to a search: they become spaces.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const clean = (value: string) => value.replace(CONTROL, " ").trim();

/** The words to look for; checked after trimming, so "   " is empty. */
const queryText = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
  .transform(clean)
  .pipe(z.string().min(1, "must not be empty").max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`));

const projectId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a project id");
const topic = z
  .string()
  .transform((v) => clean(v).toLowerCase())
  .pipe(z.string().min(1, "must not be empty").max(100, "must be at most 100 characters"));

/** Filters that both GET (query string) and POST (JSON body) take, apart from their form. */
interface SearchFilters {
  projectId?: string;
  recordType?: (typeof RECORD_TYPES)[number];
  types?: SearchHitType[];
  from?: Date;
  to?: Date;
  sentiment?: (typeof SENTIMENTS)[number];
  topics?: string[];
  complianceStatus?: "passed" | "failed";
  minScore?: number;
  maxScore?: number;
}

/** What the service searches with. Every field is validated; the query is trimmed and non-empty. */
export interface SearchInput extends SearchFilters {
  query: string;
  sort: (typeof SEARCH_SORTS)[number];
  limit: number;
  offset: number;
}

const hitTypeMessage = `must be ${SEARCH_HIT_TYPES.join(", ")}`;
const isHitType = (t: string): t is SearchHitType => (SEARCH_HIT_TYPES as readonly string[]).includes(t);
const hitTypeList = z.string().transform((v, ctx) => {
  const types = [...new Set(v.split(",").map((t) => t.trim()).filter(Boolean))];
  if (types.length === 0 || !types.every(isHitType)) {
    ctx.addIssue({ code: "custom", message: `${hitTypeMessage}, comma-separated` });
    return z.NEVER;
  }
  return types as SearchHitType[];
});

function scoreBound(coerce: boolean) {
  const base = coerce ? z.coerce.number("must be a number") : z.number("must be a number");
  return base.min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");
}

function pagination(coerce: boolean) {
  const int = () => (coerce ? z.coerce.number("must be a number") : z.number("must be a number")).int("must be a whole number");
  return {
    limit: int().min(1, "must be between 1 and 100").max(100, "must be between 1 and 100").default(20),
    offset: int().min(0, `must be between 0 and ${MAX_OFFSET}`).max(MAX_OFFSET, `must be between 0 and ${MAX_OFFSET}`).default(0),
  };
}

type Ranges = { from?: Date; to?: Date; minScore?: number; maxScore?: number };

/** `from` not after `to`, `minScore` not above `maxScore`; the error names the first of each pair. */
function withRangeRules<S extends z.ZodType<Ranges>>(schema: S): S {
  return schema
    .refine((f) => !(f.from && f.to) || f.from <= f.to, { message: "must not be after `to`", path: ["from"] })
    .refine((f) => f.minScore === undefined || f.maxScore === undefined || f.minScore <= f.maxScore, {
      message: "must not be above maxScore",
      path: ["minScore"],
    }) as S;
}

/** `GET /search?q=...`: lists are comma-separated (`type=transcript,summary`, `topics=billing,refund`). */
export const searchQueryParams = withRangeRules(
  z.strictObject({
    q: queryText.describe("The words to find, 1-500 characters: `refund policy`, `\"refund policy\"` for the phrase, `refund -cancel` to leave a word out, `refund or credit`"),
    type: hitTypeList.optional().describe("Kinds of hit, comma-separated: transcript, summary, metadata (default: all)"),
    recordType: z.enum(RECORD_TYPES).optional().describe("Only records of this type"),
    projectId: projectId.optional().describe("Only this project's records"),
    ...dateRangeShape,
    sentiment: z.enum(SENTIMENTS).optional().describe("The customer's sentiment in the record's newest analysis"),
    topics: z
      .string()
      .transform((v) => v.split(",").filter((t) => t.trim()))
      .pipe(z.array(topic).min(1, "must name a topic").max(MAX_TOPICS, `must be at most ${MAX_TOPICS} topics`))
      .optional()
      .describe("Comma-separated; records whose newest analysis has any of these topics or key phrases"),
    complianceStatus: z.enum(["passed", "failed"]).optional(),
    minScore: scoreBound(true).optional().describe("Only records whose quality score is at least this"),
    maxScore: scoreBound(true).optional().describe("Only records whose quality score is at most this"),
    sort: z.enum(SEARCH_SORTS).default("relevance").describe("relevance (best first) or createdAt (newest first)"),
    ...pagination(true),
  }),
).transform(({ q, type, ...rest }): SearchInput => ({ ...rest, query: q, types: type }));

const filtersBody = z.strictObject({
  projectId: projectId.optional(),
  recordType: z.enum(RECORD_TYPES).optional(),
  type: z
    .union([z.enum(SEARCH_HIT_TYPES, hitTypeMessage), z.array(z.enum(SEARCH_HIT_TYPES, hitTypeMessage)).min(1, hitTypeMessage)])
    .optional()
    .describe("Kinds of hit: one or a list of transcript, summary, metadata (default: all)"),
  ...dateRangeShape,
  sentiment: z.enum(SENTIMENTS).optional().describe("The customer's sentiment in the record's newest analysis"),
  topics: z
    .array(topic)
    .min(1, "must name a topic")
    .max(MAX_TOPICS, `must be at most ${MAX_TOPICS} topics`)
    .optional()
    .describe("Records whose newest analysis has any of these topics or key phrases"),
  complianceStatus: z.enum(["passed", "failed"]).optional(),
  minScore: scoreBound(false).optional().describe("Only records whose quality score is at least this (0-100)"),
  maxScore: scoreBound(false).optional().describe("Only records whose quality score is at most this (0-100)"),
});

/** `POST /search`: the query and its filters as JSON. */
export const searchRequestBody = z
  .strictObject({
    query: queryText.describe("The words to find, as for `q` of GET /search"),
    filters: withRangeRules(filtersBody).optional(),
    sort: z.enum(SEARCH_SORTS).default("relevance"),
    ...pagination(false),
  })
  .transform(({ query, filters, sort, limit, offset }): SearchInput => {
    const { type, ...rest } = filters ?? {};
    return { ...rest, query, types: type === undefined ? undefined : [...new Set(Array.isArray(type) ? type : [type])], sort, limit, offset };
  });

export const searchHitDto = z.object({
  recordId: z.string(),
  type: z.enum(SEARCH_HIT_TYPES).describe("What matched: the transcript, the summary of the newest analysis, or the record's metadata"),
  snippet: z
    .string()
    .describe("HTML: the matching passage with every character escaped, and the matched words between <mark> and </mark>, the only tags it contains"),
  score: z.number().describe("Relevance, 0-1: higher is better; comparable within one search"),
  createdAt: z.iso.datetime().describe("When the record was created"),
  recordType: z.enum(RECORD_TYPES),
  recordName: z.string().describe("The record's title, else its file name, else its external id, else its id"),
  projectId: z.string(),
  segmentIndex: z.number().int().nullable().describe("Transcript hits: the first turn that matches (null when the words span turns)"),
  startMs: z.number().int().nullable().describe("Transcript hits: where that turn starts, to play the call from"),
  analysisId: z.string().nullable().describe("Summary hits: the analysis whose summary matched"),
});
export type SearchHitDto = z.infer<typeof searchHitDto>;
