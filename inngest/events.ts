import { z } from "zod";

/**
 * Every event the jobs carry, with the schema of its data. Events carry ids,
 * never the data itself: a step reloads what it needs (DESIGN.md, Jobs).
 */
const recordRef = z.object({ orgId: z.string().min(1), recordId: z.string().min(1) });
const analysisRef = z.object({ orgId: z.string().min(1), analysisId: z.string().min(1) });

export const EVENTS = {
  /** A recording is stored and waits for decoding and speech-to-text. */
  recordUploaded: { name: "record/uploaded", schema: recordRef },
  /** A record's transcript is stored (sent by the client, or written by speech-to-text). */
  transcriptReady: { name: "record/transcript-ready", schema: recordRef },
  /** Someone asked for a record to be scored again (another scorecard or version). */
  analysisRequested: { name: "analysis/requested", schema: analysisRef },
  /** An analysis is stored; alerts and webhooks start here. */
  analysisCompleted: { name: "analysis/completed", schema: analysisRef.extend({ recordId: z.string().min(1) }) },
  /** An alert rule raised an incident; the rule's actions (webhook, email) are delivered from here. */
  alertTriggered: {
    name: "alert/triggered",
    schema: z.object({ orgId: z.string().min(1), incidentId: z.string().min(1), ruleId: z.string().min(1) }),
  },
} as const;

export type RecordRef = z.infer<typeof recordRef>;
export type AnalysisRef = z.infer<typeof analysisRef>;
