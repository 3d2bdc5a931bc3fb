import type { CriterionOutcome } from "@/lib/scoring/types";
import type { BadgeTone } from "@/components/ui/badge";
import type { CheckType, CriterionDraft, TimeWindow } from "./scorecard-draft";

/** What people read in the editor's selects; the values are the scorecard schema's. */
export const CHECK_TYPE_OPTIONS: { value: CheckType; label: string }[] = [
  { value: "phrase", label: "Phrase: words said or not said" },
  { value: "metric", label: "Metric: talk time, silence, duration" },
  { value: "sentiment", label: "Sentiment: how someone sounds" },
  { value: "question", label: "Question: answered by the LLM" },
];

export const EXPECT_OPTIONS: { value: CriterionDraft["phrase"]["expect"]; label: string }[] = [
  { value: "said", label: "Passes when one of the phrases is said" },
  { value: "notSaid", label: "Fails when any of the phrases is said" },
];

export const PHRASE_SPEAKER_OPTIONS: { value: CriterionDraft["phrase"]["speaker"]; label: string }[] = [
  { value: "agent", label: "The agent" },
  { value: "customer", label: "The customer" },
  { value: "any", label: "Anyone" },
];

export const WINDOW_OPTIONS: { value: TimeWindow; label: string }[] = [
  { value: "anywhere", label: "Anywhere in the conversation" },
  { value: "first", label: "Within the first seconds" },
  { value: "last", label: "Within the last seconds" },
];

export const GAP_OPTIONS: { value: string; label: string }[] = [
  { value: "0", label: "None: the words in a row" },
  { value: "1", label: "Up to 1 word" },
  { value: "2", label: "Up to 2 words" },
  { value: "3", label: "Up to 3 words" },
];

export const METRIC_OPTIONS: { value: CriterionDraft["metric"]["metric"]; label: string; hint: string }[] = [
  { value: "talkRatio", label: "Agent talk ratio", hint: "The agent's share of talk time, from 0 to 1 (0.6 is 60%)." },
  { value: "silenceShare", label: "Silence share", hint: "The share of the call nobody speaks, from 0 to 1 (0.2 is 20%)." },
  { value: "longestMonologueSeconds", label: "Longest monologue (seconds)", hint: "The longest time the agent spoke without a break, in seconds." },
  { value: "overtalkCount", label: "Overtalk count", hint: "How many times agent and customer spoke over each other." },
  { value: "durationSeconds", label: "Duration (seconds)", hint: "The length of the conversation, in seconds." },
];

export const SENTIMENT_SPEAKER_OPTIONS: { value: CriterionDraft["sentiment"]["speaker"]; label: string }[] = [
  { value: "customer", label: "The customer" },
  { value: "agent", label: "The agent" },
  { value: "overall", label: "The whole conversation" },
];

export const SENTIMENT_RULE_OPTIONS: { value: CriterionDraft["sentiment"]["rule"]; label: string }[] = [
  { value: "endAtLeastNeutral", label: "Ends at least neutral (the last third is not negative)" },
  { value: "endPositive", label: "Ends positive (the last third is positive)" },
  { value: "improves", label: "Improves (better at the end than at the start)" },
  { value: "notWorse", label: "Does not get worse (the end is no worse than the start)" },
  { value: "overallAtLeastNeutral", label: "At least neutral overall" },
];

/** Outcomes are told in words and a symbol as well as colour. */
export const OUTCOME: Record<CriterionOutcome, { label: string; symbol: string; tone: BadgeTone }> = {
  passed: { label: "Passed", symbol: "✓", tone: "success" },
  failed: { label: "Failed", symbol: "✗", tone: "danger" },
  not_applicable: { label: "Not applicable", symbol: "–", tone: "neutral" },
  not_evaluated: { label: "Not evaluated", symbol: "?", tone: "warning" },
};
