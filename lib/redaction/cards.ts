import { luhnValid } from "./luhn";
import type { PiiSpan } from "./types";

/**
 * Written payment card numbers: 13 to 19 digits that pass the Luhn check,
 * unbroken or in groups separated by single spaces or hyphens
 * ("4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005").
 *
 * Trade-offs: a Luhn-invalid number is never a card, so a typo in a card
 * number leaks it (and one random 16-digit id in ten is masked as a card,
 * which costs a reader little). Groups must be 3 to 8 digits, so a list of
 * small numbers ("10 20 30 40 50 60 70") that happens to pass Luhn is not a
 * card. A card inside a longer run ("call 3 4111 1111 1111 1111") is found
 * on group boundaries; digits glued to letters ("ID4111...") are not.
 */

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

/**
 * A run of digit groups. The lookahead-and-backreference makes the run
 * atomic: when what follows disqualifies it (a decimal part, a letter) the
 * whole run is dropped instead of shrinking to a shorter match.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}_])(?<!\p{N}[.,])(?=(\d+(?:(?: ?- ?| )\d+)*))\1(?![\p{L}\p{N}_])(?![.,]\p{N})/gu;

interface Group {
  digits: string;
  start: number;
  end: number;
}

export function findWrittenCards(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const groups: Group[] = Array.from(match[0].matchAll(/\d+/g), (g) => ({
      digits: g[0],
      start: match.index + g.index,
      end: match.index + g.index + g[0].length,
    }));
    for (const [first, last] of cardWindows(groups)) {
      spans.push({ kind: "cardNumber", charStart: groups[first]!.start, charEnd: groups[last]!.end });
    }
  }
  return spans;
}

/**
 * Runs of whole groups [first, last] that form a card number, longest first,
 * never overlapping: the whole run when it is one, else the best windows.
 */
function cardWindows(groups: Group[]): Array<[number, number]> {
  const windows: Array<{ first: number; last: number; length: number }> = [];
  for (let first = 0; first < groups.length; first++) {
    let digits = "";
    for (let last = first; last < groups.length; last++) {
      digits += groups[last]!.digits;
      if (digits.length > MAX_DIGITS) break;
      if (digits.length < MIN_DIGITS) continue;
      const grouped = last > first;
      const plausible = !grouped || groups.slice(first, last + 1).every((g) => g.digits.length >= 3 && g.digits.length <= 8);
      if (plausible && luhnValid(digits)) windows.push({ first, last, length: digits.length });
    }
  }
  windows.sort((a, b) => b.length - a.length || a.first - b.first);
  const chosen: Array<[number, number]> = [];
  for (const w of windows) {
    if (chosen.some(([first, last]) => w.first <= last && w.last >= first)) continue;
    chosen.push([w.first, w.last]);
  }
  return chosen.sort((a, b) => a[0] - b[0]);
}
