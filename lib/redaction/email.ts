import { precedingText } from "./context";
import type { PiiSpan } from "./types";

/**
 * Email addresses, written ("john.smith@example.com") and spoken the way a
 * recogniser writes them ("john dot smith at example dot com", also mixed:
 * "john.smith at example.com").
 *
 * A spoken address needs more evidence than "word at word dot com", which is
 * also how people name websites ("find us at example dot com"):
 * - the domain must end in a common top-level domain (list below);
 * - the word before "at" must not be a function word ("me at", "us at"...);
 * - and one of: the local part has a spoken separator ("john dot smith"),
 *   the domain is a mail provider (gmail, outlook...), or "email"/"address"
 *   comes earlier in the sentence.
 * Misses, by design: addresses spelled letter by letter ("j o h n at ...");
 * a local part of several plain words ("john smith at gmail dot com" masks
 * only "smith at gmail dot com"); unusual top-level domains when spoken.
 */

const WRITTEN_EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu;

const TLDS = [
  "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me", "ai", "app", "dev", "us", "uk",
  "ca", "au", "nz", "ie", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt", "br",
  "mx", "in", "jp", "cn", "za", "eu",
];
const MAIL_PROVIDERS = new Set([
  "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "proton",
  "protonmail", "pm", "gmx", "yandex", "zoho", "mail", "fastmail", "comcast", "verizon", "att",
]);
/** Words that end a sentence before "at" rather than start an address. */
const NOT_LOCAL = new Set([
  "a", "an", "the", "i", "me", "my", "you", "your", "we", "us", "our", "he", "him", "she", "her", "they", "them",
  "it", "its", "it's", "is", "was", "are", "be", "been", "and", "or", "but", "to", "from", "of", "in", "on", "for",
  "with", "by", "look", "looking", "site", "website", "page", "online", "here", "there", "located", "based", "out",
  "up", "email", "mail", "address", "e-mail", "write", "send", "contact", "reach",
]);

// No "." "_" "-" inside a word: those are LOCAL_SEP, and a character both
// could match would make the regex backtrack exponentially on "a-a-a-a...".
const WORD = String.raw`(?!(?:at|dot)\b)[\p{L}\p{N}][\p{L}\p{N}%+']*`;
const LABEL = String.raw`(?!(?:at|dot)\b)[\p{L}\p{N}][\p{L}\p{N}-]*`;
const SPOKEN_LOCAL_SEP = String.raw`\s+(?:dot|period|point|underscore|dash|hyphen)\s+`;
const LOCAL_SEP = String.raw`(?:${SPOKEN_LOCAL_SEP}|[._-])`;
const DOMAIN_SEP = String.raw`(?:\s+dot\s+|\.)`;
/** Parts of a local part or domain; bounded so that "x dot x dot x ..." costs linear time, not quadratic. */
const MAX_PARTS = 8;
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@-])(${WORD}(?:${LOCAL_SEP}${WORD}){0,${MAX_PARTS}})\s+(?:at|@)\s+` +
    String.raw`((?:${LABEL}${DOMAIN_SEP}){1,${MAX_PARTS}}(?:${TLDS.join("|")}))(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])`,
  "giu",
);
const EMAIL_CONTEXT = /\b(?:e-?mail|email address|address|mail)\b/i;

export function findEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(WRITTEN_EMAIL)) {
    spans.push({ kind: "email", charStart: m.index, charEnd: m.index + m[0].length });
  }
  for (const m of text.matchAll(SPOKEN_EMAIL)) {
    const local = m[1]!;
    const domain = m[2]!;
    const localWords = local.split(/\s+|[._-]/).filter(Boolean);
    const firstLabel = domain.split(/\s+dot\s+|\./i)[0]!.toLowerCase();
    if (localWords.length === 1 && NOT_LOCAL.has(localWords[0]!.toLowerCase())) continue;
    const evidence =
      new RegExp(SPOKEN_LOCAL_SEP, "i").test(local) ||
      /[._]/.test(local) ||
      MAIL_PROVIDERS.has(firstLabel) ||
      EMAIL_CONTEXT.test(precedingText(text, m.index));
    if (evidence) spans.push({ kind: "email", charStart: m.index, charEnd: m.index + m[0].length });
  }
  return spans;
}
