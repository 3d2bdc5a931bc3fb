import { sql, type SQL } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";
import type { ConversationAnalysis } from "../../lib/analysis/analyze-conversation";
import type { TalkMetrics } from "../../lib/audio/talk-metrics";
import { organizations } from "./organizations";
import { projects } from "./projects";
import { records } from "./records";
import { scorecards } from "./scorecards";
import { SEARCH_INDEX_CHARS, tsvector } from "./tsvector";
import { users } from "./users";

export const ANALYSIS_STATUSES = ["pending", "processing", "completed", "failed"] as const;

/**
 * One scoring of one record against one scorecard version. A record can have
 * several (re-analysis with another scorecard keeps the old one); the newest
 * completed one is the record's qualityScore and complianceStatus.
 */
export const analyses = pgTable(
  "analyses",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    recordId: text("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    scorecardId: text("scorecard_id")
      .notNull()
      .references(() => scorecards.id, { onDelete: "restrict" }),
    scorecardVersion: integer("scorecard_version").notNull(),
    status: text("status", { enum: ANALYSIS_STATUSES }).notNull().default("pending"),
    qualityScore: real("quality_score"),
    complianceStatus: text("compliance_status", { enum: ["passed", "failed"] }),
    categories: jsonb("categories").$type<Record<string, number>>(),
    criteria: jsonb("criteria").$type<ConversationAnalysis["criteria"]>(),
    improvements: jsonb("improvements").$type<string[]>(),
    summary: text("summary"),
    summarySource: text("summary_source", { enum: ["local", "llm"] }),
    sentiment: jsonb("sentiment").$type<ConversationAnalysis["sentiment"]>(),
    keyPhrases: jsonb("key_phrases").$type<ConversationAnalysis["keyPhrases"]>(),
    topics: jsonb("topics").$type<string[]>(),
    entities: jsonb("entities").$type<ConversationAnalysis["entities"]>(),
    actionItems: jsonb("action_items").$type<ConversationAnalysis["actionItems"]>(),
    talkMetrics: jsonb("talk_metrics").$type<TalkMetrics>(),
    /** "local", or the LLM model that answered questions and wrote the summary. */
    analyzer: text("analyzer"),
    error: text("error"),
    requestedBy: text("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** The summary's words for full-text search (empty until there is a summary). */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('english', left(coalesce(${analyses.summary}, ''), ${sql.raw(String(SEARCH_INDEX_CHARS))}))`),
  },
  (t) => [
    index("analyses_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("analyses_record_idx").on(t.recordId, t.createdAt),
    index("analyses_search_idx").using("gin", t.searchVector),
  ],
);

export type AnalysisRow = typeof analyses.$inferSelect;
