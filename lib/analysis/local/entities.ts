import type { ModelEntity, Token } from "./nlp";
import { segmentSpanTime, toParsedTranscript, type ParsedSegment, type TranscriptInput } from "./transcript";

export type EntityType = "money" | "date" | "time" | "duration" | "percent" | "email" | "phone" | "url";

export interface Entity {
  type: EntityType;
  /** As written: `text === segment.text.slice(charStart, charEnd)`. */
  text: string;
  segmentIndex: number;
  speaker: string;
  charStart: number;
  charEnd: number;
  /** From word timings when they locate the entity, else the segment's times. */
  startMs: number;
  endMs: number;
}

/** wink-nlp's entity types we keep; CARDINAL, ORDINAL, EMOJI, HASHTAG... are not facts of a call. */
const MODEL_TYPES: Readonly<Record<string, EntityType>> = {
  MONEY: "money",
  DATE: "date",
  TIME: "time",
  DURATION: "duration",
  PERCENT: "percent",
  EMAIL: "email",
  URL: "url",
};

/** wink includes the preposition in "by March", "on Monday"; the entity is the date itself. */
const LEADING_PREPOSITIONS = new Set(["by", "on", "in", "at", "until", "till", "from", "before", "after", "since", "within", "for"]);

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const SPOKEN_ORDINAL =
  "(?:(?:twenty|thirty)[\\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";
const DAY = `(?:${DAY_NUMBER}|${SPOKEN_ORDINAL})`;
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`);
const YEAR = "(?:,?\\s+\\d{4})";
const UNIT = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)";

/**
 * What the model misses or splits: symbols other than $, "N dollars and M
 * cents", ranges of business days, phone numbers, numeric and ordinal dates
 * ("the 3rd of March", "march third" from speech engines). Each must be
 * bounded by non-word characters.
 */
const PATTERNS: ReadonlyArray<[EntityType, RegExp]> = [
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  ["url", /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/gi],
  ["phone", /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g],
  ["phone", /\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b/g],
  ["money", /[$€£¥]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?!\d)(?:\s?(?:k|m|bn|thousand|million|billion)\b)?/gi],
  ["money", /\b\d+(?:[.,]\d+)?\s?(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp)(?:\s+and\s+\d{1,2}\s+cents?)?\b|\b\d{1,2}\s+cents?\b/gi],
  ["percent", /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)/gi],
  ["date", /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g],
  ["date", new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}\\s+of\\s+${MONTH}${YEAR}?\\b`, "gi")],
  ["date", new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(?:the\\s+)?${DAY}${YEAR}?\\b`, "gi")],
  ["date", new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${DAY_NUMBER}\\s+${MONTH}${YEAR}?\\b`, "gi")],
  ["time", /\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/giu],
  ["duration", new RegExp(`\\b\\d+(?:\\s?(?:-|–|to)\\s?\\d+)?\\s+(?:business\\s+|working\\s+|calendar\\s+)?${UNIT}\\b`, "gi")],
];

interface Candidate {
  type: EntityType;
  charStart: number;
  charEnd: number;
  /** Patterns beat the model on equal spans: their types are certain. */
  fromPattern: boolean;
}

function fromModel(entity: ModelEntity, tokens: readonly Token[]): Candidate | undefined {
  const type = MODEL_TYPES[entity.type];
  if (!type) return undefined;
  let start = entity.tokenStart;
  while (start < entity.tokenEnd - 1 && LEADING_PREPOSITIONS.has(tokens[start]!.normal)) start++;
  const span = tokens.slice(start, entity.tokenEnd);
  // A duration has a number. Without one the model has mistaken a date
  // ("until Friday") or a phrase ("have a nice day") for a duration.
  if (type === "duration" && !span.some((t) => t.pos === "NUM" || t.type === "number")) {
    if (!span.some((t) => CALENDAR_WORD.test(t.normal))) return undefined;
    return { type: "date", charStart: span[0]!.charStart, charEnd: entity.charEnd, fromPattern: false };
  }
  return { type, charStart: span[0]!.charStart, charEnd: entity.charEnd, fromPattern: false };
}

function fromPatterns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [type, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ type, charStart: match.index, charEnd: match.index + match[0].length, fromPattern: true });
    }
  }
  return found;
}

/** Sentence punctuation after an entity is not part of it ("…/help.", "$5."), except the dot of "p.m.". */
function trimTrailing(text: string, candidate: Candidate): Candidate {
  const trailing = candidate.type === "time" ? ",;:!?)" : ".,;:!?)";
  let end = candidate.charEnd;
  while (end > candidate.charStart + 1 && trailing.includes(text[end - 1]!)) end--;
  return { ...candidate, charEnd: end };
}

/** Longest spans first, so "March 3rd, 2026" wins over the model's "March"; overlapping shorter ones are dropped. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.charEnd - b.charStart - (a.charEnd - a.charStart) ||
      Number(b.fromPattern) - Number(a.fromPattern) ||
      a.charStart - b.charStart,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.some((k) => candidate.charStart < k.charEnd && k.charStart < candidate.charEnd)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.charStart - b.charStart);
}

function segmentEntities(part: ParsedSegment): Entity[] {
  const { text, tokens, entities } = part.parsed;
  const candidates = fromPatterns(text);
  for (const entity of entities) {
    const candidate = fromModel(entity, tokens);
    if (candidate) candidates.push(candidate);
  }
  return resolveOverlaps(candidates.map((c) => trimTrailing(text, c))).map((c) => {
    const time = segmentSpanTime(part, c.charStart, c.charEnd);
    return {
      type: c.type,
      text: text.slice(c.charStart, c.charEnd),
      segmentIndex: part.index,
      speaker: part.speaker,
      charStart: c.charStart,
      charEnd: c.charEnd,
      startMs: time.startMs,
      endMs: time.endMs,
    };
  });
}

/**
 * Amounts, dates, times, durations, percentages, emails, phone numbers and
 * URLs, in transcript order: wink-nlp's entities ("forty nine dollars",
 * "next Monday", "tomorrow") plus patterns for what the model misses.
 */
export function extractEntities(input: TranscriptInput): Entity[] {
  return toParsedTranscript(input).segments.flatMap(segmentEntities);
}
