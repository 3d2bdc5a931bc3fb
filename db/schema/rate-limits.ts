import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for rate-limiter-flexible's Drizzle store (RATE_LIMIT_STORE=postgres),
 * shared by every app instance. Column names are the ones that store expects.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
