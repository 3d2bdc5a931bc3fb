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
  /**
   * Words allowed between a phrase's words ("I am sorry" finds "I'm so very
   * sorry" with 2), never a negation ("I do not understand" is not "I
   * understand"). Default 0: the words in a row.
   */
  maxWordsBetween?: number;
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

// Stems of words that turn a phrase into its opposite when they sit inside it.
const NEGATIONS = new Set(["not", "no", "never", "n't", "nor", "without"]);

/**
 * Non-overlapping occurrences of `needle` in `haystack`, left to right, with
 * up to `gap` words (none of them a negation) between consecutive needle words.
 */
function occurrences(haystack: readonly MatchKey[], needle: readonly string[], gap = 0): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (haystack[i]!.key !== needle[0]) continue;
    let at = i;
    let j = 1;
    for (; j < needle.length; j++) {
      let next = -1;
      for (let k = at + 1; k <= Math.min(at + 1 + gap, haystack.length - 1); k++) {
        if (haystack[k]!.key === needle[j]) {
          next = k;
          break;
        }
        if (NEGATIONS.has(haystack[k]!.key)) break;
      }
      if (next < 0) break;
      at = next;
    }
    if (j === needle.length) {
      found.push([i, at + 1]);
      i = at;
    }
  }
  return found;
}

/**
 * Where the phrases were said: runs of word stems (in a row, or with up to
 * `maxWordsBetween` words inside), so case, punctuation and inflection do not matter ("thank you for calling" finds
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
  const gap = Math.max(0, Math.floor(opts.maxWordsBetween ?? 0));

  const matches: Array<PhraseMatch & { order: number }> = [];
  for (const part of transcript.segments) {
    if (!speakerMatches(part.speaker, filter)) continue;
    // Cheap rejection before tokenizing the match: the segment cannot hold a match inside the windows.
    if (part.startMs > firstCutoff || part.endMs < lastCutoff) continue;
    const keys = matchKeys(part.parsed.tokens);
    needles.forEach(({ phrase, keys: needle }, order) => {
      for (const [from, to] of occurrences(keys, needle, gap)) {
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
