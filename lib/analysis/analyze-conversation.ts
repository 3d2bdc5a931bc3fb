import type { TranscriptSegment } from "../../db/schema/transcripts";
import type { TalkMetrics } from "../audio/talk-metrics";
import { evaluateCriteria, scoreResults, type CriterionResult, type QuestionAnswer, type ScorecardDefinition } from "../scoring";
import { analyzeText, parseTranscript, type ActionItem, type Entity, type KeyPhrase, type SentimentResult } from "./local";

export interface ConversationAnalysis {
  qualityScore: number | null;
  categories: Record<string, number>;
  complianceStatus: "passed" | "failed";
  improvements: string[];
  criteria: CriterionResult[];
  summary: string | null;
  summarySource: "local" | "llm" | null;
  sentiment: SentimentResult | null;
  keyPhrases: KeyPhrase[];
  topics: string[];
  entities: Entity[];
  actionItems: { text: string; speaker: string; segmentIndex: number; startMs: number }[];
}

export interface AnalyzeConversationInput {
  recordType: "call" | "chat" | "email";
  segments: readonly TranscriptSegment[];
  talkMetrics: TalkMetrics | null;
  durationMs: number | null;
  scorecard: ScorecardDefinition;
  /** The LLM's answers to question criteria; null when no LLM is configured. */
  answers: ReadonlyMap<string, QuestionAnswer> | null;
  /** Why a configured LLM gave no answers (a timeout, output that did not fit the schema). */
  llmFailure?: string | null;
  /** The LLM's summary and action items, when it wrote them. */
  llm?: { summary: string; actionItems: string[] } | null;
  settings: { summary: boolean; sentiment: boolean };
}

function localActionItems(items: readonly ActionItem[]): ConversationAnalysis["actionItems"] {
  return items.map((a) => ({ text: a.text, speaker: a.speaker, segmentIndex: a.segmentIndex, startMs: a.startMs }));
}

/**
 * One analysis of one conversation: the scorecard's criteria and score, and
 * what the local analyzer reads from the text. Pure and deterministic: the
 * network (the LLM) is asked beforehand, in its own job step, and its answers
 * come in as data. Sentiment is computed even when the project hides it,
 * because sentiment criteria need it.
 */
export function analyzeConversation(input: AnalyzeConversationInput): ConversationAnalysis {
  const parsed = parseTranscript(input.segments);
  const insights = analyzeText(parsed);
  const criteria = evaluateCriteria(input.scorecard, {
    recordType: input.recordType,
    segments: input.segments,
    parsed,
    sentiment: insights.sentiment,
    talkMetrics: input.talkMetrics,
    durationMs: input.durationMs,
    answers: input.answers,
    llmFailure: input.llmFailure ?? null,
  });
  const score = scoreResults(input.scorecard, criteria);
  const llm = input.llm ?? null;
  const summaryText = llm?.summary ?? insights.summary.text;
  return {
    ...score,
    criteria,
    summary: input.settings.summary && summaryText ? summaryText : null,
    summarySource: input.settings.summary && summaryText ? (llm ? "llm" : "local") : null,
    sentiment: input.settings.sentiment ? insights.sentiment : null,
    keyPhrases: insights.keyPhrases,
    topics: insights.topics,
    entities: insights.entities,
    actionItems: llm
      ? llm.actionItems.map((text) => ({ text, speaker: "agent", segmentIndex: -1, startMs: -1 }))
      : localActionItems(insights.actionItems),
  };
}
