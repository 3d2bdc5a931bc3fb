import { date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/**
 * Authenticated /api/v1 requests per organization, day (UTC) and route
 * ("GET /records/:id"), for GET /account/usage. One upsert per request;
 * see bench/billing/README.md for what it costs.
 */
export const apiRequestCounts = pgTable(
  "api_request_counts",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    route: text("route").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.route] })],
);
