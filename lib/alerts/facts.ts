import type { TranscriptSegment } from "../../db/schema/transcripts";
import type { ConversationAnalysis } from "../analysis/analyze-conversation";
import { parseTranscript, type ParsedTranscript } from "../analysis/local/transcript";
import { sentimentLabel, type SentimentLabel } from "../analysis/local/sentiment";
import type { CriterionOutcome } from "../scoring/types";

/**
 * What alert rules test, read once per analysis. A fact the analysis does not
 * have is null (a chat has no duration; a project with sentiment turned off
 * stores none), and a condition on a null fact never matches.
 */
export interface AlertFacts {
  qualityScore: number | null;
  complianceStatus: "passed" | "failed" | null;
  /** The customer's label over the last third of the conversation. */
  customerSentiment: SentimentLabel | null;
  customerSentimentScore: number | null;
  criteria: ReadonlyMap<string, { name: string; result: CriterionOutcome }>;
  durationSeconds: number | null;
  /** Parsed only when a keyword rule needs it. */
  transcript: ParsedTranscript | null;
}

export interface FactsInput {
  analysis: {
    qualityScore: number | null;
    complianceStatus: "passed" | "failed" | null;
    criteria: ConversationAnalysis["criteria"] | null;
    sentiment: ConversationAnalysis["sentiment"] | null;
  };
  record: { durationMs: number | null };
  segments: readonly TranscriptSegment[] | null;
}

export function alertFactsFrom({ analysis, record, segments }: FactsInput): AlertFacts {
  // "At the end": a call that starts angry and ends thankful went well; one that ends angry did not.
  const end = analysis.sentiment?.speakers.customer?.trend.end;
  const customerEnd = typeof end === "number" && Number.isFinite(end) ? end : null;
  return {
    qualityScore: analysis.qualityScore,
    complianceStatus: analysis.complianceStatus,
    customerSentiment: customerEnd === null ? null : sentimentLabel(customerEnd),
    customerSentimentScore: customerEnd,
    criteria: new Map((analysis.criteria ?? []).map((c) => [c.id, { name: c.name, result: c.result }])),
    durationSeconds: record.durationMs === null ? null : record.durationMs / 1000,
    transcript: segments ? parseTranscript(segments) : null,
  };
}
