import { sentenceWords } from "./match-keys";
import type { SpeakerFilter } from "./phrases";
import { segmentSpanTime, toParsedTranscript, type TranscriptInput } from "./transcript";

export interface ActionItem {
  /** The sentence as written. */
  text: string;
  /** "commitment": the speaker will do something; "request": the other party is asked to. */
  kind: "commitment" | "request";
  speaker: string;
  segmentIndex: number;
  /** Offsets of the sentence in the segment's text. */
  charStart: number;
  charEnd: number;
  startMs: number;
  endMs: number;
}

export interface FindActionItemsOptions {
  /** Only this speaker's sentences; default "any" (agents make most commitments, customers some). */
  speaker?: SpeakerFilter;
}

// Matched against sentenceWords(): lowercase, contractions expanded ("I'll" → "i will", "we're" → "we are").
const ADVERBS = "(?:(?:also|just|definitely|certainly|personally|now|then|first|right away|go ahead and) )*";
/** "I will", "we'll", "I am going to", "I'm gonna", "I shall", followed by something other than a negation. */
const COMMITMENT = new RegExp(
  `\\b(?:i|we) (?:will|shall|am going to|are going to) ${ADVERBS}(?!not\\b|never\\b|be able\\b|be unable\\b)[a-z]`,
);
/** "let me check", "let's fix"; not hesitation ("let me see", "let me think") or asking ("let me know", "let me ask"). */
const LET_ME = /\blet (?:me|us) (?!know\b|see\b|think\b|guess\b|ask\b|be honest\b|just see\b)[a-z]/;
/** An agent telling the customer what will happen: "you'll receive a confirmation email". */
const YOU_WILL_RECEIVE = /\byou (?:will|are going to) (?:also )?(?:receive|get|see|be receiving|be getting|hear from)\b/;
/** An imperative with "please" first (after fillers); holding on the line is not an action. */
const PLEASE = /^(?:(?:so|okay|alright|all right|now|and|then|well|yes|sure|great) )*please (?!hold\b|wait\b|bear\b|stay on\b|be patient\b)[a-z]/;

function classify(words: string, speaker: string): ActionItem["kind"] | undefined {
  if (COMMITMENT.test(words) || LET_ME.test(words)) return "commitment";
  if (speaker !== "customer" && YOU_WILL_RECEIVE.test(words)) return "commitment";
  if (PLEASE.test(words)) return "request";
  return undefined;
}

/**
 * Sentences that commit to a future action ("I will send you the
 * confirmation email", "we'll call you back tomorrow", "let me reset it") or
 * ask for one ("please restart the router"), in transcript order. Rule-based:
 * modal and future forms with "I"/"we", "let me", and imperatives with
 * "please". A sentence said again (same words) is listed once, where first said.
 */
export function findActionItems(input: TranscriptInput, options: FindActionItemsOptions = {}): ActionItem[] {
  const filter = options.speaker ?? "any";
  const items: ActionItem[] = [];
  const seen = new Set<string>();
  for (const part of toParsedTranscript(input).segments) {
    if (filter !== "any" && part.speaker !== filter) continue;
    for (const sentence of part.parsed.sentences) {
      const words = sentenceWords(part.parsed.tokens, sentence);
      const kind = classify(words, part.speaker);
      if (!kind || seen.has(words)) continue;
      seen.add(words);
      const time = segmentSpanTime(part, sentence.charStart, sentence.charEnd);
      items.push({
        text: sentence.text,
        kind,
        speaker: part.speaker,
        segmentIndex: part.index,
        charStart: sentence.charStart,
        charEnd: sentence.charEnd,
        startMs: time.startMs,
        endMs: time.endMs,
      });
    }
  }
  return items;
}
