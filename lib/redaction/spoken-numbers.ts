import { CARD_CONTEXT, hasContext, phoneContext, SSN_CONTEXT } from "./context";
import { luhnValid } from "./luhn";
import { dropLeadingParts, findSpokenDigitRuns, type SpokenDigitRun } from "./spoken-digits";
import type { PiiKind, PiiSpan } from "./types";

/**
 * Card numbers, SSNs and phone numbers read out digit by digit, as
 * speech-to-text writes them ("four one one one ..."). What a run of spoken
 * digits is, by its length:
 * - 13 to 19 digits: a card when it passes Luhn, or when a card word
 *   ("card", "visa", "credit"...) comes earlier in the sentence. The second
 *   rule is there because one misheard digit breaks Luhn, and a recognised
 *   card number with a wrong digit is still a card number.
 * - 20 or more: a card (plus expiry and code, read in one breath) when its
 *   first 15 or 16 digits pass Luhn, or after a card word.
 * - 9 digits after an SSN word ("social", "SSN"): a national id, whether or
 *   not the SSA rules hold (again: misheard digits).
 * - 7 to 12 digits (up to 15 after the word "plus"): a phone number, unless
 *   an identifier word ("order", "invoice", "tracking"...) comes first.
 * Shorter runs (a 5-digit order number, "last four") are left alone.
 *
 * Misses: a number split by a word the recogniser invented ("four one uh
 * one") becomes two shorter runs, and a card without a card word whose
 * digits were misheard. False positives: any 7-12 digit spoken number that
 * is not a phone (an account number) is masked as [PHONE].
 */

const MIN_DIGITS = 7;

export function findSpokenNumbers(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const run of findSpokenDigitRuns(text, MIN_DIGITS)) {
    let found = classify(text, run);
    // "oh, four one one one...": the interjection is (most likely) not part
    // of the number; leave it readable when the number is the same kind without it.
    if (/^oh$/i.test(text.slice(run.charStart, run.parts[0]!.charEnd))) {
      const trimmed = dropLeadingParts(run, 1);
      const retry = trimmed && classify(text, trimmed);
      if (retry && (!found || found.kind === retry.kind || found.kind === "phone")) found = retry;
    }
    if (found) spans.push(found);
  }
  return spans;
}

function classify(text: string, run: SpokenDigitRun): PiiSpan | null {
  const { digits } = run;
  const span = (kind: PiiKind, charStart = run.charStart): PiiSpan => ({ kind, charStart, charEnd: run.charEnd });
  const cardWord = hasContext(text, run.charStart, CARD_CONTEXT);

  const plus = /\bplus\s+$/i.exec(text.slice(Math.max(0, run.charStart - 8), run.charStart));
  if (plus && digits.length >= MIN_DIGITS && digits.length <= 15 && !cardWord) {
    return span("phone", run.charStart - plus[0].length);
  }
  if (digits.length >= 13 && digits.length <= 19 && (luhnValid(digits) || cardWord)) return span("cardNumber");
  if (digits.length > 19 && (cardWord || luhnValid(digits.slice(0, 16)) || luhnValid(digits.slice(0, 15)))) {
    return span("cardNumber");
  }
  if (digits.length === 9 && hasContext(text, run.charStart, SSN_CONTEXT)) return span("nationalId");
  if (digits.length <= 12 && phoneContext(text, run.charStart) !== "other") return span("phone");
  return null;
}
