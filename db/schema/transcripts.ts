import { sql, type SQL } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { records } from "./records";
import { SEARCH_INDEX_CHARS, tsvector } from "./tsvector";

export interface TranscriptWord {
  word: string;
  startMs: number;
  endMs: number;
  confidence?: number;
}

export interface TranscriptSegment {
  /** agent and customer for stereo calls and chats; "speaker" for a mono recording's single track. */
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  words: TranscriptWord[];
}

export interface TranscriptRedaction {
  kind: "cardNumber" | "nationalId" | "email" | "phone";
  segmentIndex: number;
  startMs: number;
  endMs: number;
}

/** One transcript per record, replaced when a record is processed again. */
export const transcripts = pgTable(
  "transcripts",
  {
  recordId: text("record_id")
    .primaryKey()
    .references(() => records.id, { onDelete: "cascade" }),
  segments: jsonb("segments").$type<TranscriptSegment[]>().notNull(),
  /** The whole text, for display and (later) search. */
  text: text("text").notNull(),
  /** Talk time per speaker, silence, overtalk, longest monologue. */
  talkMetrics: jsonb("talk_metrics").$type<Record<string, unknown>>(),
  /** What redaction masked (kinds and times, never the text), for silencing audio and for display. */
  redactions: jsonb("redactions").$type<TranscriptRedaction[]>().notNull().default([]),
  /** Which speech-to-text provider wrote it, or "client" when it came with the record. */
  provider: text("provider").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** The text's words for full-text search, kept up to date by PostgreSQL. The text is stored masked, so masked PII is never in it. */
  searchVector: tsvector("search_vector")
    .notNull()
    .generatedAlwaysAs((): SQL => sql`to_tsvector('english', left(${transcripts.text}, ${sql.raw(String(SEARCH_INDEX_CHARS))}))`),
  },
  (t) => [index("transcripts_search_idx").using("gin", t.searchVector)],
);
