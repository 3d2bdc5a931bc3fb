import { z } from "zod";

export const WINDOW_UNITS = ["minutes", "hours", "days"] as const;
export const WINDOW_GROUPS = ["agent", "project", "organization"] as const;
export type WindowGroup = (typeof WINDOW_GROUPS)[number];

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
/** Matches are kept for counting no longer than this; a longer window would mean an unbounded scan. */
export const MAX_WINDOW_MS = 30 * UNIT_MS.days;
export const MAX_WINDOW_COUNT = 100;

/**
 * "N matches within a period, per agent / project / organization": the rule
 * raises an incident on the Nth matching record of one group, not on each.
 */
export const alertWindowSchema = z
  .strictObject({
    count: z
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(2, `must be between 2 and ${MAX_WINDOW_COUNT}; leave the window out to alert on every match`)
      .max(MAX_WINDOW_COUNT, `must be between 2 and ${MAX_WINDOW_COUNT}`)
      .describe("Matching records that raise one incident"),
    within: z
      .strictObject({
        amount: z.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more"),
        unit: z.enum(WINDOW_UNITS, { error: `must be one of ${WINDOW_UNITS.join(", ")}` }),
      })
      .refine((w) => w.amount * UNIT_MS[w.unit] <= MAX_WINDOW_MS, { message: "must be at most 30 days", path: ["amount"] })
      .describe("The period the matches must fall in, at most 30 days"),
    per: z
      .enum(WINDOW_GROUPS, { error: `must be one of ${WINDOW_GROUPS.join(", ")}` })
      .describe("Count separately for each agent (records without an agent name do not count), each project, or the whole organization"),
  })
  .describe("Optional: raise an incident only after `count` matches within the period, instead of on every match");
export type AlertWindow = z.infer<typeof alertWindowSchema>;

export function windowMs(window: AlertWindow): number {
  return window.within.amount * UNIT_MS[window.within.unit];
}

export function describeWithin(window: AlertWindow): string {
  const { amount, unit } = window.within;
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}
