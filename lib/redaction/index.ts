/**
 * Redaction: finds card numbers, national ids, email addresses and phone
 * numbers in transcripts (written or spoken), masks them in the text and the
 * words, and mutes them in a copy of the audio.
 */
export { alignWords, type WordRange } from "./align-words";
export { detectPii, resolveOverlaps } from "./detect";
export { luhnValid } from "./luhn";
export {
  applyMask,
  type MaskedSpan,
  redactSegments,
  type RedactSegmentsOptions,
  type RedactSegmentsResult,
  redactText,
  type RedactTextResult,
  type SegmentRedactionSpan,
} from "./mask";
export { compileNationalIdPattern, isValidSsn } from "./national-id";
export {
  DEFAULT_PADDING_MS,
  mergeSilenceRanges,
  type SilenceOptions,
  type SilenceRange,
  type SilenceResult,
  silenceSpans,
} from "./silence-audio";
export { findSpokenDigitRuns, spokenToDigits, type SpokenDigitPart, type SpokenDigitRun } from "./spoken-digits";
export {
  type DetectOptions,
  type MaskStyle,
  maskLabel,
  type NationalIdPattern,
  PII_KINDS,
  PII_LABELS,
  type PiiKind,
  type PiiSpan,
  REDACTED_LABEL,
  type RedactionSettings,
  type RedactOptions,
} from "./types";
