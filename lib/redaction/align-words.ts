/**
 * Where each timed word sits in its segment's text. Speech-to-text segments
 * are their words joined by spaces, so this is trivial for them; a client's
 * transcript may punctuate, capitalise or format the text differently from
 * its words ("Hello," vs "hello"), or carry words that are not in the text
 * at all. Words are matched in order, case-insensitively, also without their
 * edge punctuation; a word that cannot be placed is null.
 */
export interface WordRange {
  charStart: number;
  charEnd: number;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ALNUM = /[\p{L}\p{N}]/u;

function alnumCount(text: string): number {
  let count = 0;
  for (const ch of text) if (ALNUM.test(ch)) count++;
  return count;
}

export function alignWords(text: string, words: readonly { word: string }[]): Array<WordRange | null> {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of some characters (İ); then match as written.
  const caseless = lower.length === text.length;
  const haystack = caseless ? lower : text;
  const ranges: Array<WordRange | null> = [];
  let cursor = 0;
  // Letters of words we could not place since the last placed one: that
  // much unmatched text may stand between two placed words.
  let pending = 0;

  const find = (needle: string): number => {
    for (let at = haystack.indexOf(needle, cursor); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (at === cursor) return at;
      if (alnumCount(haystack.slice(cursor, at)) > 2 * pending) return -1;
      // Only at the start of a token: "one" is not in "someone".
      if (!ALNUM.test(haystack[at - 1]!)) return at;
    }
    return -1;
  };

  for (const { word } of words) {
    const trimmed = word.trim();
    const lowered = trimmed.toLowerCase();
    const needle = caseless && lowered.length === trimmed.length ? lowered : trimmed;
    let range: WordRange | null = null;
    for (const candidate of [needle, needle.replace(EDGE_PUNCTUATION, "")]) {
      if (!candidate) continue;
      const at = find(candidate);
      if (at >= 0) {
        range = { charStart: at, charEnd: at + candidate.length };
        break;
      }
    }
    ranges.push(range);
    if (range) {
      cursor = range.charEnd;
      pending = 0;
    } else {
      pending += alnumCount(trimmed);
    }
  }
  return ranges;
}
