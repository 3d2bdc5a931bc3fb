/**
 * Numbers as speech-to-text writes them: PocketSphinx (and most recognisers
 * without number formatting) emit "four one one one" rather than "4111".
 * This turns runs of spoken digits back into digit strings, remembering which
 * characters of the text each digit came from, so a detector can check the
 * digits and still mask the words.
 *
 * Supported, and nothing else:
 * - digit words: zero, oh, one ... nine (any case);
 * - "double X" and "triple X" where X is a digit word ("double five" → 55);
 * - inside a run only (a digit word on both sides), the homophones a
 *   recogniser confuses with digits: for/fore → 4, to/too → 2, won → 1,
 *   ate → 8 ("four one for one" → 4141). At the edges they stay words, so
 *   "one for the road" is "1".
 * - between the words: whitespace with at most one comma or hyphen
 *   ("four, one" and "four-one" continue a run; a full stop ends it).
 *
 * Not supported (the digits are simply not found): tens and multipliers
 * ("twenty", "nine hundred", "four thousand"), letters ("o" for zero),
 * fillers inside a run ("four uh one"), and mixed written/spoken forms
 * ("4111 one one").
 */

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

const INTERIOR_HOMOPHONES: Readonly<Record<string, string>> = {
  for: "4",
  fore: "4",
  to: "2",
  too: "2",
  won: "1",
  ate: "8",
};

const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

/** What may stand between two words of a run. */
const RUN_GAP = /^\s*[,-]?\s*$/;
const TOKEN = /[\p{L}\p{N}']+/gu;

/** One word (or "double X" pair) of a run and the digits it stands for. */
export interface SpokenDigitPart {
  digits: string;
  charStart: number;
  charEnd: number;
}

export interface SpokenDigitRun {
  /** The digits, in order: "4111111111111111". */
  digits: string;
  /** text.slice(charStart, charEnd) is the whole run, first word to last. */
  charStart: number;
  charEnd: number;
  parts: SpokenDigitPart[];
}

interface Token {
  word: string;
  charStart: number;
  charEnd: number;
}

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({
    word: m[0].toLowerCase(),
    charStart: m.index,
    charEnd: m.index + m[0].length,
  }));
}

/** A digit word, or "double/triple" + digit word, at tokens[i]. */
function unitAt(text: string, tokens: Token[], i: number): { part: SpokenDigitPart; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const digit = DIGIT_WORDS[token.word];
  if (digit !== undefined) return { part: { digits: digit, charStart: token.charStart, charEnd: token.charEnd }, next: i + 1 };
  const times = REPEATS[token.word];
  const following = tokens[i + 1];
  if (times !== undefined && following && joined(text, token, following)) {
    const repeated = DIGIT_WORDS[following.word];
    if (repeated !== undefined) {
      return { part: { digits: repeated.repeat(times), charStart: token.charStart, charEnd: following.charEnd }, next: i + 2 };
    }
  }
  return null;
}

function joined(text: string, left: Token, right: Token): boolean {
  return RUN_GAP.test(text.slice(left.charEnd, right.charStart));
}

/** Every maximal run of spoken digits in the text, in order, with at least minDigits digits. */
export function findSpokenDigitRuns(text: string, minDigits = 1): SpokenDigitRun[] {
  const tokens = tokenize(text);
  const runs: SpokenDigitRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = unitAt(text, tokens, i);
    if (!first) {
      i++;
      continue;
    }
    const parts = [first.part];
    let j = first.next;
    while (j < tokens.length && joined(text, tokens[j - 1]!, tokens[j]!)) {
      const unit = unitAt(text, tokens, j);
      if (unit) {
        parts.push(unit.part);
        j = unit.next;
        continue;
      }
      const homophone = INTERIOR_HOMOPHONES[tokens[j]!.word];
      const after = tokens[j + 1];
      if (homophone !== undefined && after && joined(text, tokens[j]!, after) && unitAt(text, tokens, j + 1)) {
        parts.push({ digits: homophone, charStart: tokens[j]!.charStart, charEnd: tokens[j]!.charEnd });
        j++;
        continue;
      }
      break;
    }
    const run = makeRun(parts);
    if (run.digits.length >= minDigits) runs.push(run);
    i = j;
  }
  return runs;
}

function makeRun(parts: SpokenDigitPart[]): SpokenDigitRun {
  return {
    digits: parts.map((p) => p.digits).join(""),
    charStart: parts[0]!.charStart,
    charEnd: parts[parts.length - 1]!.charEnd,
    parts,
  };
}

/**
 * The run without its first `count` parts (e.g. an interjection "oh" before
 * the number), or null when nothing would be left.
 */
export function dropLeadingParts(run: SpokenDigitRun, count: number): SpokenDigitRun | null {
  return run.parts.length > count ? makeRun(run.parts.slice(count)) : null;
}

/** Spoken digits → digit string for a whole text that is nothing but a run ("double five oh" → "550"), else null. */
export function spokenToDigits(text: string): string | null {
  const runs = findSpokenDigitRuns(text);
  const trimmed = text.trim();
  if (runs.length !== 1) return null;
  const run = runs[0]!;
  return text.slice(run.charStart, run.charEnd) === trimmed ? run.digits : null;
}
