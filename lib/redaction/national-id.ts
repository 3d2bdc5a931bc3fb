import { hasContext, SSN_CONTEXT } from "./context";
import type { NationalIdPattern, PiiSpan } from "./types";

/**
 * US Social Security numbers as written: ddd-dd-dddd or ddd dd dddd (the
 * same separator twice), and nine unbroken digits only when the sentence
 * says so first ("SSN", "social security"), because a bare nine-digit number
 * is as often an order or routing number. Numbers the SSA never issues are
 * not SSNs: area 000, 666 or 900-999, group 00, serial 0000.
 */
const SEPARATED_SSN = /(?<![\p{L}\p{N}_])(?<!\p{N}[-./ ])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{L}\p{N}_])(?![-./ ]\p{N})/gu;
const BARE_SSN = /(?<![\p{L}\p{N}_])(?<!\p{N}[-./ ])\d{9}(?![\p{L}\p{N}_])(?![-./ ]\p{N})/gu;

export function isValidSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== "00" && serial !== "0000";
}

export function findWrittenSsns(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(SEPARATED_SSN)) {
    if (isValidSsn(m[1]!, m[3]!, m[4]!)) spans.push({ kind: "nationalId", charStart: m.index, charEnd: m.index + m[0].length });
  }
  for (const m of text.matchAll(BARE_SSN)) {
    const d = m[0];
    if (isValidSsn(d.slice(0, 3), d.slice(3, 5), d.slice(5)) && hasContext(text, m.index, SSN_CONTEXT)) {
      spans.push({ kind: "nationalId", charStart: m.index, charEnd: m.index + d.length });
    }
  }
  return spans;
}

const MAX_PATTERN_LENGTH = 500;
const compiled = new Map<string, RegExp>();

/**
 * A configured national id pattern as a global RegExp. Throws an Error
 * naming the problem when it is too long, does not compile, has flags other
 * than "i", or matches the empty string (it would match everywhere).
 *
 * The pattern runs on every transcript, so a pattern with catastrophic
 * backtracking ("(a+)+$") can stall the pipeline: keep them simple, and
 * anchor them with \b.
 */
export function compileNationalIdPattern(idPattern: NationalIdPattern): RegExp {
  const flags = idPattern.flags ?? "";
  const key = `${flags}/${idPattern.pattern}`;
  const cached = compiled.get(key);
  if (cached) return new RegExp(cached);
  if (flags !== "" && flags !== "i") throw new Error(`${idPattern.name}: only the "i" flag is allowed`);
  if (idPattern.pattern.length > MAX_PATTERN_LENGTH) {
    throw new Error(`${idPattern.name}: the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(idPattern.pattern, `g${flags}`);
  } catch (error) {
    throw new Error(`${idPattern.name}: not a valid regular expression (${(error as Error).message})`, { cause: error });
  }
  if (new RegExp(idPattern.pattern, flags).test("")) throw new Error(`${idPattern.name}: the pattern matches empty text`);
  if (compiled.size > 100) compiled.clear();
  compiled.set(key, regex);
  return new RegExp(regex);
}

/** Matches of the configured patterns, as written in the text. */
export function findPatternIds(text: string, patterns: readonly NationalIdPattern[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const idPattern of patterns) {
    for (const m of text.matchAll(compileNationalIdPattern(idPattern))) {
      if (m[0].length > 0) spans.push({ kind: "nationalId", charStart: m.index, charEnd: m.index + m[0].length });
    }
  }
  return spans;
}
