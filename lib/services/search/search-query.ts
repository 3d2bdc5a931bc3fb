import { sql, type SQL } from "drizzle-orm";
import { SEARCH_INDEX_CHARS } from "../../../db/schema/tsvector";
import { SEARCH_HIT_TYPES, type SearchHitType, type SearchInput } from "./search-schemas";

/**
 * The SQL of a search, built from validated input. User text only ever
 * travels as bound parameters; the statement's shape depends on which
 * filters are present, never on their values.
 *
 * Exported so a benchmark can run the very statement the API runs
 * (`db.execute(searchStatement(orgId, input))`).
 */

/** ts_headline marks matches with STX/ETX; the text's own STX/ETX become spaces first, so a marker always is one. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
const HEADLINE_OPTIONS = `MaxFragments=2, MaxWords=18, MinWords=6, ShortWord=3, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** ts_rank normalization: divide by 1 + log(document length), then map to 0..1 with rank / (rank + 1). */
const RANK_NORMALIZATION = 1 | 32;
const LIMIT = sql.raw(String(SEARCH_INDEX_CHARS));

/** The row a search returns, before it becomes a DTO. */
export interface SearchRow {
  record_id: string;
  type: SearchHitType;
  analysis_id: string | null;
  score: number;
  created_at: string;
  total: number;
  record_type: "call" | "chat" | "email";
  project_id: string;
  title: string | null;
  original_filename: string | null;
  external_id: string | null;
  headline: string | null;
  segment_index: number | null;
  start_ms: string | null;
}

/**
 * The positive words of a websearch query joined by `or`: for finding the
 * turn of a transcript that holds some of them when no single turn holds
 * them all (a phrase across two turns). Left out: excluded words
 * (`-word`, `-"a phrase"`), quotes and the `or` operator itself.
 */
export function anyTermsOf(query: string): string {
  const words = query
    .replace(/(^|\s)-"[^"]*("|$)/g, " ")
    .replace(/(^|\s)-\S*/g, " ")
    .replace(/"/g, " ")
    .split(/\s+/)
    .filter((w) => w && w.toLowerCase() !== "or");
  return words.join(" or ");
}

function tsquery(input: SearchInput): SQL {
  return sql`websearch_to_tsquery('english', ${input.query})`;
}

/**
 * Filters on the record, repeated in each branch so every branch reads only
 * the organization's rows before it ranks them.
 */
function recordFilters(orgId: string, input: SearchInput): SQL {
  const parts: SQL[] = [sql`r.org_id = ${orgId}`];
  if (input.projectId) parts.push(sql`r.project_id = ${input.projectId}`);
  if (input.recordType) parts.push(sql`r.type = ${input.recordType}`);
  if (input.from) parts.push(sql`r.created_at >= ${input.from.toISOString()}::timestamptz`);
  if (input.to) parts.push(sql`r.created_at <= ${input.to.toISOString()}::timestamptz`);
  if (input.complianceStatus) parts.push(sql`r.compliance_status = ${input.complianceStatus}`);
  if (input.minScore !== undefined) parts.push(sql`r.quality_score >= ${input.minScore}`);
  if (input.maxScore !== undefined) parts.push(sql`r.quality_score <= ${input.maxScore}`);
  const latest: SQL[] = [];
  if (input.sentiment) {
    // The customer's overall label; conversations without a "customer" speaker (mono calls) use the overall one.
    latest.push(sql`coalesce(la.sentiment -> 'speakers' -> 'customer' ->> 'label', la.sentiment -> 'overall' ->> 'label') = ${input.sentiment}`);
  }
  if (input.topics?.length) {
    const list = sql.join(
      input.topics.map((t) => sql`${t}`),
      sql`, `,
    );
    latest.push(sql`(exists (select 1 from jsonb_array_elements_text(coalesce(la.topics, '[]'::jsonb)) as tp(v) where lower(tp.v) in (${list}))
      or exists (select 1 from jsonb_array_elements(coalesce(la.key_phrases, '[]'::jsonb)) as kp(v) where lower(kp.v ->> 'text') in (${list})))`);
  }
  if (latest.length) {
    // The record's newest completed analysis, written so the planner can make it a semi-join rather than a lookup per hit.
    parts.push(sql`exists (select 1 from analyses la
      where la.record_id = r.id and la.status = 'completed' and ${sql.join(latest, sql` and `)}
        and not exists (select 1 from analyses newer where newer.record_id = la.record_id and newer.status = 'completed'
          and (newer.created_at > la.created_at or (newer.created_at = la.created_at and newer.id > la.id))))`);
  }
  // A query with nothing to look for (only operators, stop words or exclusions) would match every row through a full index scan.
  parts.push(sql`querytree(${tsquery(input)}) not in ('', 'T')`);
  return sql.join(parts, sql` and `);
}

function rankOf(vector: SQL, input: SearchInput): SQL {
  return sql`ts_rank(${vector}, ${tsquery(input)}, ${sql.raw(String(RANK_NORMALIZATION))})`;
}

function branch(type: SearchHitType, orgId: string, input: SearchInput): SQL {
  const where = recordFilters(orgId, input);
  const q = tsquery(input);
  // Newest first needs no ranking of every match: the page's rows are ranked after the limit.
  const rank = (vector: SQL) => (input.sort === "createdAt" ? sql`null::real` : rankOf(vector, input));
  switch (type) {
    case "transcript":
      return sql`select t.record_id, 'transcript' as type, null::text as analysis_id, r.created_at, ${rank(sql`t.search_vector`)} as score
      from transcripts t join records r on r.id = t.record_id
      where t.search_vector @@ ${q} and ${where}`;
    case "summary":
      // Only the newest completed analysis of a record speaks for it, as on the record's page.
      return sql`select a.record_id, 'summary' as type, a.id as analysis_id, r.created_at, ${rank(sql`a.search_vector`)} as score
      from analyses a join records r on r.id = a.record_id
      where a.search_vector @@ ${q} and a.org_id = ${orgId} and a.status = 'completed'
        and not exists (select 1 from analyses newer where newer.record_id = a.record_id and newer.status = 'completed'
          and (newer.created_at > a.created_at or (newer.created_at = a.created_at and newer.id > a.id)))
        and ${where}`;
    case "metadata":
      return sql`select r.id as record_id, 'metadata' as type, null::text as analysis_id, r.created_at, ${rank(sql`r.search_vector`)} as score
      from records r
      where r.search_vector @@ ${q} and ${where}`;
  }
}

function hits(orgId: string, input: SearchInput): SQL {
  const types = input.types?.length ? SEARCH_HIT_TYPES.filter((t) => input.types!.includes(t)) : SEARCH_HIT_TYPES;
  return sql.join(
    types.map((type) => branch(type, orgId, input)),
    sql` union all `,
  );
}

function order(input: SearchInput, alias: string): SQL {
  const a = sql.raw(alias);
  return input.sort === "createdAt"
    ? sql`${a}.created_at desc, ${a}.record_id desc, ${a}.type`
    : sql`${a}.score desc, ${a}.created_at desc, ${a}.record_id desc, ${a}.type`;
}

/**
 * One page of hits with the total. The hits are ranked from the GIN-matched
 * rows alone; the expensive parts (ts_headline, the matching turn) run only
 * for the page's rows, after the limit.
 */
export function searchStatement(orgId: string, input: SearchInput): SQL {
  const q = tsquery(input);
  const text = sql`case p.type
      when 'transcript' then left(t.text, ${LIMIT})
      when 'summary' then a.summary
      else concat_ws(' · ', r.title, r.agent_name, r.original_filename,
        (select string_agg(v #>> '{}', ' · ') from jsonb_path_query(r.metadata, 'strict $.**') as m(v) where jsonb_typeof(v) = 'string'))
    end`;
  const turn = (query: SQL, onlyIf?: SQL) => sql`
    select (s.ord - 1)::int as segment_index, s.seg ->> 'startMs' as start_ms
    from jsonb_array_elements(t.segments) with ordinality as s(seg, ord)
    where ${onlyIf ? sql`${onlyIf} and ` : sql``}to_tsvector('english', s.seg ->> 'text') @@ ${query}
    order by s.ord limit 1`;
  const score =
    input.sort === "createdAt"
      ? sql`case p.type when 'transcript' then ${rankOf(sql`t.search_vector`, input)}
          when 'summary' then ${rankOf(sql`a.search_vector`, input)} else ${rankOf(sql`r.search_vector`, input)} end`
      : sql`p.score`;
  return sql`select p.record_id, p.type, p.analysis_id, ${score} as score,
    to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at, p.total,
    r.type as record_type, r.project_id, r.title, r.original_filename, r.external_id,
    ts_headline('english', translate(${text}, chr(2) || chr(3), '  '), ${q}, ${HEADLINE_OPTIONS}) as headline,
    coalesce(full_turn.segment_index, any_turn.segment_index) as segment_index, coalesce(full_turn.start_ms, any_turn.start_ms) as start_ms
  from (
    select h.*, (count(*) over ())::int as total
    from (${hits(orgId, input)}) h
    order by ${order(input, "h")}
    limit ${input.limit} offset ${input.offset}
  ) p
  join records r on r.id = p.record_id
  left join transcripts t on p.type = 'transcript' and t.record_id = p.record_id
  left join analyses a on p.type = 'summary' and a.id = p.analysis_id
  left join lateral (${turn(q)}) full_turn on true
  left join lateral (${turn(sql`websearch_to_tsquery('english', ${anyTermsOf(input.query)})`, sql`full_turn.segment_index is null`)}) any_turn on true
  order by ${order(input, "p")}`;
}

/** The number of hits alone: for a page past the end, which has no row to carry the total. */
export function searchCountStatement(orgId: string, input: SearchInput): SQL {
  return sql`select count(*)::int as total from (${hits(orgId, input)}) h`;
}
