import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * The embedded job engine's durable state (inngest/local-runner.ts). A run is
 * one execution of one job for one event; its finished steps are memoised in
 * job_steps, so a run resumed after a crash or a retry skips them.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: text("id").primaryKey(),
    jobId: text("job_id").notNull(),
    eventName: text("event_name").notNull(),
    /** The event's id: the same event never starts the same job twice. */
    eventId: text("event_id").notNull(),
    eventData: jsonb("event_data").$type<Record<string, unknown>>().notNull(),
    /** Concurrency is capped per organization. */
    orgId: text("org_id"),
    status: text("status", { enum: ["queued", "running", "completed", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    /** A lease: a run whose lease ran out (its process died) is picked up again. */
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    error: text("error"),
    output: jsonb("output"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("job_runs_job_event_unique").on(t.jobId, t.eventId),
    index("job_runs_pick_idx").on(t.status, t.runAfter),
  ],
);

export const jobSteps = pgTable(
  "job_steps",
  {
    runId: text("run_id")
      .notNull()
      .references(() => jobRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    /** JSON of the step's result; replays return exactly this. */
    output: jsonb("output"),
    /** For sleeps: when the step is over. */
    wakeAt: timestamp("wake_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("job_steps_run_step_unique").on(t.runId, t.stepId)],
);

export type JobRun = typeof jobRuns.$inferSelect;
