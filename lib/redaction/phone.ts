import { isAmount, phoneContext } from "./context";
import type { PiiSpan } from "./types";

/**
 * Written phone numbers: E.164 and international forms ("+44 20 7946 0958",
 * "+15551234567"), US forms ("(555) 123-4567", "555.123.4567",
 * "1-800-555-0199", "555-1234"), national numbers with a trunk 0
 * ("020 7946 0958", "06 12 34 56 78"), and ten- or eleven-digit unbroken
 * numbers. Other layouts of 7 to 12 digits ("612 345 678") count only after
 * a phone word in the same sentence ("my cell is ...").
 *
 * Never a phone: times and ratios (":" or "/"), amounts (currency before,
 * currency or % after, thousands "1.234.567", decimals "1234567.89"), dates
 * ("2024-05-12", "12.05.2024"), lists of years ("1999 2024"), IPv4
 * addresses, SSN-shaped "123-45-6789", numbers glued to letters or to "#"
 * ("ORD-1234567", "#1234567"), anything after an identifier word in the same
 * sentence ("order", "invoice", "tracking"...), and more than 12 digits
 * without a leading "+" (card-like runs are the card detector's).
 *
 * The price of that precision: a phone number written in an unusual layout
 * without a phone word nearby is missed, and so is one right after
 * "order ... call".
 */

/** Digit groups with phone separators; atomic (see cards.ts) so a disqualified run is dropped whole. */
const PHONE_RUN =
  /(?<![\p{L}\p{N}_@#$€£¥%&/\\:=+-])(?<!\p{N}[.,])(?=(\+ ?)?((?:\(\d+\)|\d+)(?:(?: ?[-.] ?| |(?<=\)))(?:\(\d+\)|\d+))*))\1\2(?![\p{L}\p{N}_%])(?![.,:/-]\p{N})/gu;

const MIN_DIGITS = 7;
const MAX_NATIONAL_DIGITS = 12;
const MAX_E164_DIGITS = 15;

export function findWrittenPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWrittenPhone(m[0], text, start, end)) spans.push({ kind: "phone", charStart: start, charEnd: end });
  }
  return spans;
}

function isWrittenPhone(candidate: string, text: string, start: number, end: number): boolean {
  const groups = candidate.match(/\d+/g) ?? [];
  const digits = groups.join("");
  const international = candidate.startsWith("+");
  if (digits.length < MIN_DIGITS || digits.length > (international ? MAX_E164_DIGITS : MAX_NATIONAL_DIGITS)) return false;
  if (isAmount(text, start, end)) return false;
  const context = phoneContext(text, start);
  if (context === "other") return false;
  if (international) return true;

  const sizes = groups.map((g) => g.length);
  if (groups.length === 1) {
    const usual = digits.length === 10 || (digits.length === 11 && /^[01]/.test(digits));
    return usual || context === "phone";
  }
  const separators = candidate.replace(/[\d()]/g, "").trim();
  if (looksLikeDate(groups) || looksLikeNumber(groups, candidate) || looksLikeIp(groups, separators)) return false;
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return false;
  if (/^\d{3}([- ])\d{2}\1\d{4}$/.test(candidate)) return false;
  // Single digits only as a leading country or trunk code ("1-800-...").
  if (sizes.slice(1).some((size) => size < 2)) return false;
  return isKnownLayout(groups) || context === "phone";
}

function isKnownLayout(groups: string[]): boolean {
  const shape = groups.map((g) => g.length).join("-");
  const digits = groups.join("");
  if (shape === "3-3-4" || shape === "3-4") return true;
  if (shape === "1-3-3-4" && groups[0] === "1") return true;
  // National numbers with a trunk prefix: UK, France, Germany, Australia...
  return digits.startsWith("0") && digits.length >= 9 && digits.length <= 11;
}

/** yyyy-mm-dd, dd.mm.yyyy, d-m-yyyy... */
function looksLikeDate(groups: string[]): boolean {
  if (groups.length !== 3) return false;
  const year = (g: string) => /^(?:19|20)\d\d$/.test(g);
  const small = (g: string) => g.length <= 2 && Number(g) >= 1 && Number(g) <= 31;
  const [a, b, c] = groups as [string, string, string];
  return (year(a) && small(b) && small(c)) || (small(a) && small(b) && year(c));
}

/** Thousands separated by dots (1.234.567) or a decimal part (1234567.89). */
function looksLikeNumber(groups: string[], candidate: string): boolean {
  if (!/^[\d.]+$/.test(candidate)) return false;
  const thousands = groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  const decimal = groups.length === 2;
  return thousands || decimal;
}

function looksLikeIp(groups: string[], separators: string): boolean {
  return groups.length === 4 && /^\.+$/.test(separators) && groups.every((g) => g.length <= 3 && Number(g) <= 255);
}
