import { matchKeys, type MatchKey } from "./match-keys";
import { tokenize } from "./nlp";
import { segmentSpanTime, toParsedTranscript, type ParsedSegment, type TranscriptInput } from "./transcript";

export type SpeakerFilter = "agent" | "customer" | "any";

export interface FindPhrasesOptions {
  /** Only turns of this speaker; default "any". A mono recording's "speaker" turns match only "any". */
  speaker?: SpeakerFilter;
  /** Only matches that begin within this long after the conversation starts (its earliest segment). */
  withinFirstMs?: number;
  /** Only matches that end within this long before the conversation ends (its latest segment end). */
  withinLastMs?: number;
}

export interface PhraseMatch {
  /** The phrase as given. */
  phrase: string;
  segmentIndex: number;
  speaker: string;
  /** Offsets into the segment's `text`; `text === segment.text.slice(charStart, charEnd)`. */
  charStart: number;
  charEnd: number;
  startMs: number;
  endMs: number;
  /** "words" when word timings located the match, "segment" when only the segment's times were known. */
  timing: "words" | "segment";
  /** The matched original text. */
  text: string;
}

// Scorecards ask for the same few phrases for every record: keep their keys.
const PHRASE_CACHE_LIMIT = 5_000;
const phraseCache = new Map<string, readonly string[]>();

function phraseKeys(phrase: string): readonly string[] {
  const cached = phraseCache.get(phrase);
  if (cached) return cached;
  const keys = matchKeys(tokenize(phrase)).map((k) => k.key);
  if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(phrase, keys);
  return keys;
}

function speakerMatches(speaker: string, filter: SpeakerFilter): boolean {
  return filter === "any" || speaker === filter;
}

/** Non-overlapping occurrences of `needle` in `haystack`, left to right. */
function occurrences(haystack: readonly MatchKey[], needle: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const last = haystack.length - needle.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < needle.length && haystack[i + j]!.key === needle[j]) j++;
    if (j === needle.length) {
      found.push([i, i + needle.length]);
      i += needle.length - 1;
    }
  }
  return found;
}

/**
 * Where the phrases were said: contiguous runs of word stems, so case,
 * punctuation and inflection do not matter ("thank you for calling" finds
 * "Thanks for calling!", "cancel my subscription" finds "cancelling my
 * subscriptions"). Matches never span two segments. A match counts for a
 * time window when any part of it falls inside; without word timings the
 * segment's times stand in for the match's. Sorted by segment, then position,
 * then the phrase's place in `phrases`.
 */
export function findPhrases(input: TranscriptInput, phrases: readonly string[], opts: FindPhrasesOptions = {}): PhraseMatch[] {
  const transcript = toParsedTranscript(input);
  const filter = opts.speaker ?? "any";
  const needles = phrases.map((phrase) => ({ phrase, keys: phraseKeys(phrase) })).filter((n) => n.keys.length > 0);
  if (needles.length === 0) return [];
  // A window that is not a number (a scorecard field left empty) does not restrict.
  const { withinFirstMs: first, withinLastMs: last } = opts;
  const firstCutoff = first !== undefined && Number.isFinite(first) ? transcript.startMs + first : Infinity;
  const lastCutoff = last !== undefined && Number.isFinite(last) ? transcript.endMs - last : -Infinity;

  const matches: Array<PhraseMatch & { order: number }> = [];
  for (const part of transcript.segments) {
    if (!speakerMatches(part.speaker, filter)) continue;
    // Cheap rejection before tokenizing the match: the segment cannot hold a match inside the windows.
    if (part.startMs > firstCutoff || part.endMs < lastCutoff) continue;
    const keys = matchKeys(part.parsed.tokens);
    needles.forEach(({ phrase, keys: needle }, order) => {
      for (const [from, to] of occurrences(keys, needle)) {
        const match = toMatch(part, phrase, keys[from]!.charStart, keys[to - 1]!.charEnd);
        if (match.startMs > firstCutoff || match.endMs < lastCutoff) continue;
        matches.push({ ...match, order });
      }
    });
  }
  matches.sort((a, b) => a.segmentIndex - b.segmentIndex || a.charStart - b.charStart || a.order - b.order);
  return matches.map(({ order: _order, ...match }) => match);
}

function toMatch(part: ParsedSegment, phrase: string, charStart: number, charEnd: number): PhraseMatch {
  const time = segmentSpanTime(part, charStart, charEnd);
  return {
    phrase,
    segmentIndex: part.index,
    speaker: part.speaker,
    charStart,
    charEnd,
    startMs: time.startMs,
    endMs: time.endMs,
    timing: time.timing,
    text: part.parsed.text.slice(charStart, charEnd),
  };
}
