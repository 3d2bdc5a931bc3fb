import type { TranscriptSegment } from "../../db/schema/transcripts";
import type { ParsedTranscript, SentimentResult } from "../analysis/local";
import type { TalkMetrics } from "../audio/talk-metrics";

export type CriterionOutcome = "passed" | "failed" | "not_applicable" | "not_evaluated";

/** A moment of the conversation that backs a result; the dashboard jumps there. */
export interface Evidence {
  segmentIndex: number;
  quote: string;
  startMs: number;
  endMs: number;
}

export interface CriterionResult {
  id: string;
  name: string;
  category: string;
  weight: number;
  compliance: boolean;
  type: "phrase" | "metric" | "sentiment" | "question";
  result: CriterionOutcome;
  /** One sentence a reviewer can check against the evidence. */
  explanation: string;
  evidence: Evidence[];
  /** The measured number, for metric and sentiment checks. */
  value: number | null;
}

/** The LLM's answer to one question criterion. */
export interface QuestionAnswer {
  id: string;
  answer: "yes" | "no" | "not_applicable";
  evidence: Evidence | null;
  explanation: string;
}

/** Everything the checks read; computed once per analysis. */
export interface ScoringInput {
  /** Criteria limited to other kinds of conversation are not applicable. */
  recordType: "call" | "chat" | "email";
  segments: readonly TranscriptSegment[];
  parsed: ParsedTranscript;
  sentiment: SentimentResult;
  /** Null for chats, emails and calls that came with a transcript but no audio. */
  talkMetrics: TalkMetrics | null;
  durationMs: number | null;
  /** Null when no LLM is configured: question criteria are then "not evaluated". */
  answers: ReadonlyMap<string, QuestionAnswer> | null;
  /** Why the configured LLM gave no answers; shown on each question criterion. */
  llmFailure?: string | null;
}
