import { toParsedTranscript, type ParsedSegment, type TranscriptInput } from "./transcript";
import { turnSentiment } from "./turn-sentiment";

export type SentimentLabel = "negative" | "neutral" | "positive";
export type TrendDirection = "improving" | "worsening" | "stable";

/**
 * Scores beyond ±0.2 get a polar label. wink's lexicon gives exactly 0.2 to a
 * sentence whose only coloured word is call-center politeness ("please",
 * "thanks for calling"), which should not make a turn "positive"; a turn with
 * a clear complaint ("this is ridiculous", "terrible") among factual
 * sentences lands around -0.2 to -0.6.
 */
export const SENTIMENT_LABEL_THRESHOLD = 0.2;
/** A change of at least 0.15 between the first and last third is a trend; less is noise of a lexicon scorer. */
export const SENTIMENT_TREND_THRESHOLD = 0.15;

export interface SegmentSentiment {
  segmentIndex: number;
  speaker: string;
  /** -1..1: the mean of the segment's coloured sentences (wink-nlp's lexicon, corrected in turn-sentiment.ts). */
  score: number;
  label: SentimentLabel;
}

export interface SentimentTrend {
  /** Length-weighted score of the first third of the segments, by time. */
  start: number;
  /** Length-weighted score of the last third. */
  end: number;
  /** end - start. */
  change: number;
  direction: TrendDirection;
}

export interface SentimentSummary {
  /** Length-weighted (by words) mean of the segment scores, -1..1. */
  score: number;
  label: SentimentLabel;
  trend: SentimentTrend;
  /** Segments with words that the score is built from. */
  segmentCount: number;
}

export interface SentimentResult {
  /** One per input segment, in input order. */
  segments: SegmentSentiment[];
  /** Keyed by speaker ("agent", "customer", "speaker"...), only speakers who said something. */
  speakers: Record<string, SentimentSummary>;
  overall: SentimentSummary;
}

// Three decimals are plenty for display and keep stored results small.
function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0;
}

export function sentimentLabel(score: number): SentimentLabel {
  if (score > SENTIMENT_LABEL_THRESHOLD) return "positive";
  if (score < -SENTIMENT_LABEL_THRESHOLD) return "negative";
  return "neutral";
}

export function trendDirection(change: number): TrendDirection {
  if (change >= SENTIMENT_TREND_THRESHOLD) return "improving";
  if (change <= -SENTIMENT_TREND_THRESHOLD) return "worsening";
  return "stable";
}

interface Scored {
  part: ParsedSegment;
  score: number;
}

/** Longer turns say more about a speaker's mood than a one-word "okay". */
function weightedMean(items: readonly Scored[]): number {
  let sum = 0;
  let weight = 0;
  for (const { part, score } of items) {
    sum += score * part.wordCount;
    weight += part.wordCount;
  }
  return weight > 0 ? sum / weight : 0;
}

/** First third vs last third, by start time; one segment is its own start and end. */
function trendOf(items: readonly Scored[]): SentimentTrend {
  const ordered = [...items].sort((a, b) => a.part.startMs - b.part.startMs || a.part.index - b.part.index);
  const third = Math.ceil(ordered.length / 3);
  const start = round(weightedMean(ordered.slice(0, third)));
  const end = round(weightedMean(ordered.slice(ordered.length - third)));
  const change = round(end - start);
  return { start, end, change, direction: trendDirection(change) };
}

function summarize(items: readonly Scored[]): SentimentSummary {
  const score = round(weightedMean(items));
  return { score, label: sentimentLabel(score), trend: trendOf(items), segmentCount: items.length };
}

/**
 * Sentiment per segment, per speaker and overall, each with its trend from the
 * first to the last third of the conversation (an angry customer who ends
 * satisfied is "improving"). Lexicon-based and deterministic.
 */
export function analyzeSentiment(input: TranscriptInput): SentimentResult {
  const transcript = toParsedTranscript(input);
  const segments: SegmentSentiment[] = [];
  const scored: Scored[] = [];
  const bySpeaker = new Map<string, Scored[]>();
  for (const part of transcript.segments) {
    const score = round(turnSentiment(part.parsed));
    segments.push({ segmentIndex: part.index, speaker: part.speaker, score, label: sentimentLabel(score) });
    // Empty turns carry no mood: they would only drag averages towards neutral.
    if (part.wordCount === 0) continue;
    const item = { part, score };
    scored.push(item);
    const list = bySpeaker.get(part.speaker) ?? [];
    list.push(item);
    bySpeaker.set(part.speaker, list);
  }
  // fromEntries defines own properties, so even a speaker named "__proto__" is safe.
  const speakers: Record<string, SentimentSummary> = Object.fromEntries(
    [...bySpeaker].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([speaker, items]) => [speaker, summarize(items)]),
  );
  return { segments, speakers, overall: summarize(scored) };
}
