import { findActionItems, type ActionItem } from "./action-items";
import { extractEntities, type Entity } from "./entities";
import { extractKeyPhrases, topicsFrom, type KeyPhrase } from "./keyphrases";
import { analyzeSentiment, type SentimentResult } from "./sentiment";
import { summarize, type Summary } from "./summary";
import { toParsedTranscript, type TranscriptInput } from "./transcript";

export interface AnalyzeTextOptions {
  /** Default 10. */
  keyPhraseLimit?: number;
  /** Default 5. */
  topicLimit?: number;
  /** Sentences in the summary; default 3. */
  summarySentences?: number;
}

export interface TextInsights {
  sentiment: SentimentResult;
  keyPhrases: KeyPhrase[];
  topics: string[];
  entities: Entity[];
  actionItems: ActionItem[];
  summary: Summary;
}

/**
 * Everything the local analyzer reads from a transcript's text, without the
 * network: sentiment with trends, key phrases and topics, entities, action
 * items and an extractive summary. Each segment is parsed once for all of
 * them. Deterministic: the same segments give the same result.
 */
export function analyzeText(input: TranscriptInput, options: AnalyzeTextOptions = {}): TextInsights {
  const transcript = toParsedTranscript(input);
  const keyPhrases = extractKeyPhrases(transcript, { limit: options.keyPhraseLimit ?? 10 });
  const entities = extractEntities(transcript);
  return {
    sentiment: analyzeSentiment(transcript),
    keyPhrases,
    topics: topicsFrom(keyPhrases, options.topicLimit ?? 5),
    entities,
    actionItems: findActionItems(transcript),
    summary: summarize(transcript, { sentences: options.summarySentences ?? 3, keyPhrases, entities }),
  };
}

export { findActionItems, type ActionItem, type FindActionItemsOptions } from "./action-items";
export { extractEntities, type Entity, type EntityType } from "./entities";
export { extractKeyPhrases, topicsFrom, type ExtractKeyPhrasesOptions, type KeyPhrase } from "./keyphrases";
export { getNlp, parseText, stem, tokenize, warmUpNlp, type ModelEntity, type ParsedText, type Sentence, type Token } from "./nlp";
export { findPhrases, type FindPhrasesOptions, type PhraseMatch, type SpeakerFilter } from "./phrases";
export {
  analyzeSentiment,
  sentimentLabel,
  SENTIMENT_LABEL_THRESHOLD,
  SENTIMENT_TREND_THRESHOLD,
  type SegmentSentiment,
  type SentimentLabel,
  type SentimentResult,
  type SentimentSummary,
  type SentimentTrend,
  type TrendDirection,
} from "./sentiment";
export { summarize, type SummarizeOptions, type Summary, type SummarySentence } from "./summary";
export { parseTranscript, type ParsedSegment, type ParsedTranscript, type TranscriptInput } from "./transcript";
export type { SpanTime } from "./word-times";
