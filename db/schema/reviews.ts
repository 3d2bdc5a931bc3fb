import { index, integer, jsonb, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";
import { analyses } from "./analyses";
import { organizations } from "./organizations";
import { records } from "./records";
import { users } from "./users";

/**
 * A note a reviewer pins to part of a transcript: a span of one segment by
 * character offsets, or by time, with a label and a comment.
 */
export const annotations = pgTable(
  "annotations",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    analysisId: text("analysis_id")
      .notNull()
      .references(() => analyses.id, { onDelete: "cascade" }),
    recordId: text("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    segmentIndex: integer("segment_index").notNull(),
    charStart: integer("char_start"),
    charEnd: integer("char_end"),
    startMs: integer("start_ms").notNull(),
    endMs: integer("end_ms").notNull(),
    /** The annotated words, copied so the note still reads right if the transcript is redacted later. */
    quote: text("quote").notNull(),
    label: text("label").notNull(),
    comment: text("comment").notNull().default(""),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("annotations_analysis_idx").on(t.analysisId, t.segmentIndex, t.startMs)],
);

export type AnnotationRow = typeof annotations.$inferSelect;

export interface ReviewAnswer {
  criterionId: string;
  /** The reviewer's verdict. */
  result: "passed" | "failed" | "not_applicable";
  /** What the analysis said, kept so agreement can be measured later. */
  aiResult: "passed" | "failed" | "not_applicable" | "not_evaluated";
  comment?: string;
}

/**
 * A QA reviewer's answer to every criterion of an analysis. Every submission
 * is a new row: the newest is the review, the others its history.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    analysisId: text("analysis_id")
      .notNull()
      .references(() => analyses.id, { onDelete: "cascade" }),
    recordId: text("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: ["draft", "submitted"] }).notNull(),
    answers: jsonb("answers").$type<ReviewAnswer[]>().notNull(),
    qualityScore: real("quality_score"),
    complianceStatus: text("compliance_status", { enum: ["passed", "failed"] }).notNull(),
    /** Criteria where the reviewer kept the AI's verdict, of those both judged. */
    agreedCount: integer("agreed_count").notNull(),
    comparedCount: integer("compared_count").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reviews_analysis_idx").on(t.analysisId, t.createdAt), index("reviews_org_created_idx").on(t.orgId, t.createdAt)],
);

export type ReviewRow = typeof reviews.$inferSelect;
