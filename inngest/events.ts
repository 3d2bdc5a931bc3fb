import { z } from "zod";

/**
 * Every event the jobs carry, with the schema of its data. Events carry ids,
 * never the data itself: a step reloads what it needs (DESIGN.md, Jobs).
 */
const recordRef = z.object({ orgId: z.string().min(1), recordId: z.string().min(1) });
const analysisRef = z.object({ orgId: z.string().min(1), analysisId: z.string().min(1) });
const exportRef = z.object({ orgId: z.string().min(1), exportId: z.string().min(1) });

export const EVENTS = {
  /** A recording is stored and waits for decoding and speech-to-text. */
  recordUploaded: { name: "record/uploaded", schema: recordRef },
  /** A record's transcript is stored (sent by the client, or written by speech-to-text). */
  transcriptReady: { name: "record/transcript-ready", schema: recordRef },
  /** Someone asked for a record to be scored again (another scorecard or version). */
  analysisRequested: { name: "analysis/requested", schema: analysisRef },
  /** An analysis is stored; alerts and webhooks start here. */
  analysisCompleted: { name: "analysis/completed", schema: analysisRef.extend({ recordId: z.string().min(1) }) },
  /** Someone asked for an export file (CSV, JSON or PDF) of records. */
  exportRequested: { name: "export/requested", schema: exportRef },
  /** An export's file is written; its expiry (deletion) is scheduled from here. */
  exportCompleted: { name: "export/completed", schema: exportRef },
  /** A webhook delivery row is waiting to be sent (published event, resend or test). */
  webhookDeliveryQueued: { name: "webhook/delivery-queued", schema: z.object({ orgId: z.string().min(1), deliveryId: z.string().min(1) }) },
  /** An email is stored (sealed) in email_messages and waits for the SMTP server. */
  emailQueued: { name: "email/queued", schema: z.object({ orgId: z.string().min(1), emailId: z.string().min(1) }) },
  /**
   * An organization's spend reached 80 % or 100 % of its monthly budget; sent
   * once per threshold and period. `spent` and `budget` are amounts in `currency`.
   */
  budgetThreshold: {
    name: "billing/budget-threshold",
    schema: z.object({
      orgId: z.string().min(1),
      period: z.string().regex(/^\d{4}-\d{2}$/),
      percent: z.union([z.literal(80), z.literal(100)]),
      spent: z.number().nonnegative(),
      budget: z.number().nonnegative(),
      currency: z.string().length(3),
    }),
  },
  /** An alert rule raised an incident; the rule's actions (webhook, email) are delivered from here. */
  alertTriggered: {
    name: "alert/triggered",
    schema: z.object({ orgId: z.string().min(1), incidentId: z.string().min(1), ruleId: z.string().min(1) }),
  },
} as const;

export type RecordRef = z.infer<typeof recordRef>;
export type AnalysisRef = z.infer<typeof analysisRef>;
export type ExportRef = z.infer<typeof exportRef>;
export type BudgetThresholdData = z.infer<typeof EVENTS.budgetThreshold.schema>;
