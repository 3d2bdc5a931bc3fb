/**
 * What redaction finds and how it masks it. The kinds are the same four a
 * project turns on in its settings (`redaction.entities`).
 */
export const PII_KINDS = ["cardNumber", "nationalId", "email", "phone"] as const;

export type PiiKind = (typeof PII_KINDS)[number];

/**
 * "label": each span becomes its kind's label ([CARD], [EMAIL]...), so a
 * reader still sees what was said. "redacted": every span becomes
 * [REDACTED], for projects that must not even reveal which kind it was.
 */
export type MaskStyle = "label" | "redacted";

/**
 * A national id format beyond the built-in US SSN, as a regular expression
 * source (e.g. UK National Insurance numbers:
 * `\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`). Matched against
 * written text only; compile it with compileNationalIdPattern before saving
 * it, so a broken one is refused at the edge.
 */
export interface NationalIdPattern {
  /** For people: "UK NINO". Not used for matching. */
  name: string;
  pattern: string;
  /** Extra RegExp flags; only "i" (ignore case) is accepted. */
  flags?: "" | "i";
}

export interface DetectOptions {
  nationalIdPatterns?: readonly NationalIdPattern[];
}

export interface RedactOptions extends DetectOptions {
  /** Default "label". */
  maskStyle?: MaskStyle;
}

/** A project's redaction switches, as the pipeline hands them to this module. */
export interface RedactionSettings extends RedactOptions {
  /** Which kinds are masked; an empty list masks nothing. */
  kinds: PiiKind[];
}

/** A run of characters holding one piece of PII: text.slice(charStart, charEnd). */
export interface PiiSpan {
  kind: PiiKind;
  charStart: number;
  charEnd: number;
}

export const PII_LABELS: Record<PiiKind, string> = {
  cardNumber: "[CARD]",
  nationalId: "[NATIONAL_ID]",
  email: "[EMAIL]",
  phone: "[PHONE]",
};

export const REDACTED_LABEL = "[REDACTED]";

export function maskLabel(kind: PiiKind, style: MaskStyle = "label"): string {
  return style === "redacted" ? REDACTED_LABEL : PII_LABELS[kind];
}
