import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ScorecardDefinition } from "../../lib/scoring/scorecard-schema";
import { organizations } from "./organizations";
import { projects } from "./projects";
import { users } from "./users";

/**
 * A project's QA scorecard, one row per version: saving makes a new version
 * and never changes an old one, so every analysis keeps pointing at exactly
 * the criteria it was scored against. The highest version is the current one.
 */
export const scorecards = pgTable(
  "scorecards",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** Validated by scorecardDefinitionSchema on every write. */
    definition: jsonb("definition").$type<ScorecardDefinition>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("scorecards_project_version_unique").on(t.projectId, t.version), index("scorecards_org_idx").on(t.orgId)],
);

export type ScorecardRow = typeof scorecards.$inferSelect;
