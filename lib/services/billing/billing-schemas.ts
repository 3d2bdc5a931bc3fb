import { z } from "zod";
import { USAGE_KINDS } from "../../../db/schema/billing";
import { MAX_AMOUNT_MICROS, numberToMicros, parseDecimalMicros } from "../../billing/money";

/*
 * Amounts in requests and responses are decimal numbers in the currency
 * (`currency`, BILLING_CURRENCY): 127.5 means 127.50. They are converted
 * exactly to and from the stored micro-units at this edge.
 */

const AMOUNT_MESSAGE = "must be an amount with at most 6 decimals, up to 1000000000";

/** A budget: a JSON number or a decimal string ("500.00"), zero or more; null removes it. */
const budgetAmount = z
  .union([z.number("must be a number, a decimal string or null"), z.string()])
  .nullable()
  .transform((value, ctx) => {
    if (value === null) return null;
    const negative = typeof value === "number" ? value < 0 : /^\s*-/.test(value);
    if (negative) {
      ctx.addIssue({ code: "custom", message: "must be zero or more (null removes the budget)" });
      return z.NEVER;
    }
    const micros = typeof value === "number" ? numberToMicros(value) : parseDecimalMicros(value);
    if (micros === null || micros > MAX_AMOUNT_MICROS) {
      ctx.addIssue({ code: "custom", message: AMOUNT_MESSAGE });
      return z.NEVER;
    }
    return micros;
  })
  .describe("The most the organization may spend per monthly period, in `currency`; 0 stops all new processing; null removes the budget");

export const updateBudgetInput = z.strictObject({ budgetLimit: budgetAmount });

/** A credit grant from the operator: a positive amount and why. */
export const grantCreditsInput = z.strictObject({
  amount: z
    .union([z.number("must be a number or a decimal string"), z.string()])
    .transform((value, ctx) => {
      const micros = typeof value === "number" ? numberToMicros(value) : parseDecimalMicros(value);
      if (micros === null || micros <= 0 || micros > MAX_AMOUNT_MICROS) {
        ctx.addIssue({ code: "custom", message: `must be more than zero; ${AMOUNT_MESSAGE}` });
        return z.NEVER;
      }
      return micros;
    }),
  note: z.string().trim().max(500, "must be at most 500 characters").optional(),
});

const money = z.number().describe("An amount in `currency`");

export const billingSummaryDto = z.object({
  orgId: z.string(),
  period: z.string().describe("The monthly period, UTC: 2026-03"),
  periodStart: z.iso.datetime(),
  periodEnd: z.iso.datetime().describe("Exclusive: the next period's start"),
  currency: z.string(),
  totalRecords: z.number().int().describe("Records with metered usage in the period"),
  totalMinutes: z.number().describe("Minutes of processed audio"),
  totalAnalyses: z.number().int(),
  totalLlmTokens: z.number().int(),
  totalCost: money,
  budgetLimit: money.nullable().describe("Null: no budget"),
  budgetUsedPercent: z.number().nullable(),
  budgetRemaining: money.nullable(),
  budgetExceeded: z.boolean().describe("New processing is refused with 402 BUDGET_EXCEEDED until the budget is raised or the period ends"),
  credits: z.object({
    granted: money.describe("All credits ever granted"),
    used: money.describe("All usage ever metered"),
    available: money.describe("granted − used; negative when usage ran past the credits"),
  }),
  prices: z.array(z.object({ kind: z.enum(USAGE_KINDS), unit: z.string(), unitPrice: money })).describe("Today's price list"),
});
export type BillingSummaryDto = z.infer<typeof billingSummaryDto>;

const usageAmounts = {
  cost: money,
  audioMinutes: z.number(),
  analyses: z.number().int(),
  llmTokens: z.number().int(),
};

export const billingUsageDto = z.object({
  orgId: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  currency: z.string(),
  totals: z.object(usageAmounts),
  byDay: z.array(z.object({ date: z.string().describe("YYYY-MM-DD, UTC"), ...usageAmounts })).describe("Every day of the range, zeros included"),
  byProject: z.array(z.object({ projectId: z.string().nullable(), projectName: z.string().nullable(), ...usageAmounts })),
  byKind: z.array(z.object({ kind: z.enum(USAGE_KINDS), unit: z.string(), quantity: z.number(), events: z.number().int(), cost: money })),
});
export type BillingUsageDto = z.infer<typeof billingUsageDto>;

export const creditGrantDto = z.object({
  id: z.string(),
  amount: money,
  note: z.string().nullable(),
  grantedBy: z.string().nullable().describe("The user who granted it; null for the operator's command line"),
  createdAt: z.iso.datetime(),
});

export const creditsDto = z.object({
  orgId: z.string(),
  currency: z.string(),
  granted: money,
  used: money,
  available: money,
  grants: z.array(creditGrantDto).describe("Newest first, one page"),
});
export type CreditsDto = z.infer<typeof creditsDto>;

export const accountUsageDto = z.object({
  period: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
  records: z.object({
    total: z.number().int(),
    bySource: z.record(z.string(), z.number().int()).describe("upload, ingest, api, campaign"),
    byType: z.record(z.string(), z.number().int()).describe("call, chat, email"),
  }),
  storage: z.object({
    totalBytes: z.number().int().describe("Now, not for the period"),
    byType: z.object({
      audio: z.number().int().describe("Recordings (after redaction, when it replaced them)"),
      transcripts: z.number().int().describe("Transcript text"),
      exports: z.number().int().describe("Export files until they expire"),
    }),
  }),
  apiRequests: z.object({
    total: z.number().int(),
    byEndpoint: z.record(z.string(), z.number().int()).describe('Per route, e.g. "GET /records/:id"'),
  }),
});
export type AccountUsageDto = z.infer<typeof accountUsageDto>;
