import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ProjectSettings } from "../../lib/services/projects/project-settings";
import { organizations } from "./organizations";
import { users } from "./users";

export const projects = pgTable(
  "projects",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Validated by projectSettingsSchema on every write. */
    settings: jsonb("settings").$type<ProjectSettings>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("projects_org_name_unique").on(t.orgId, t.name),
    index("projects_org_created_idx").on(t.orgId, t.createdAt, t.id),
  ],
);

export type Project = typeof projects.$inferSelect;
