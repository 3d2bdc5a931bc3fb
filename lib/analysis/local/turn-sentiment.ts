import { matchKeys, type MatchKey } from "./match-keys";
import { isWordLike, parseText, tokenize, type ParsedText, type Sentence } from "./nlp";

/**
 * What customers say when they are unhappy that a general-purpose lexicon
 * misses or reads as positive: "this is a **joke**" (+), "thanks for
 * **nothing**" (+), "I want to speak to a **manager**" (0). A sentence with
 * one of these is at most COMPLAINT_SCORE whatever the lexicon says. Matched
 * by word stems like scorecard phrases, so "speaking to your manager" and
 * "complaints" count too.
 */
export const COMPLAINT_CUES: readonly string[] = [
  "this is a joke",
  "what a joke",
  "thanks for nothing",
  "not happy",
  "not satisfied",
  "not good enough",
  "not acceptable",
  "unacceptable",
  "not fair",
  "useless",
  "ridiculous",
  "unbelievable",
  "pathetic",
  "appalling",
  "disgraceful",
  "shocking service",
  "waste of time",
  "waste of my time",
  "fed up",
  "sick of",
  "sick and tired",
  "had enough",
  "speak to a manager",
  "speak to your manager",
  "speak to a supervisor",
  "make a complaint",
  "formal complaint",
  "file a complaint",
  "ombudsman",
  "switching provider",
  "take my business elsewhere",
  "never order from you again",
  "never use you again",
];

/** A complaint is at least this negative (the label threshold is −0.2). */
export const COMPLAINT_SCORE = -0.5;

/**
 * Words that, after a leading "no", start the customer's polite closing
 * ("no that's all thanks", "no I'm good", "nope all sorted"). Speech-to-text
 * and chat write these without the comma, and the lexicon then puts the whole
 * sentence in the scope of "no": "no thats all thx" scores −0.4 where "No,
 * that's all, thanks." scores +0.4.
 */
const AFTER_CLOSING_NO = new Set(["that", "thats", "it", "its", "i", "im", "all", "everything", "nothing", "we", "thanks", "thank", "thx", "cheers", "you"]);
const LEADING_NO = new Set(["no", "nope", "nah"]);

let cueKeys: readonly (readonly string[])[] | undefined;

function complaintCueKeys(): readonly (readonly string[])[] {
  cueKeys ??= COMPLAINT_CUES.map((cue) => matchKeys(tokenize(cue)).map((k) => k.key));
  return cueKeys;
}

function containsRun(keys: readonly MatchKey[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= keys.length; i++) {
    let j = 0;
    while (j < needle.length && keys[i + j]!.key === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** The sentence's score with the "no" of an unpunctuated polite closing taken out of the negation. */
function withoutClosingNo(parsed: ParsedText, sentence: Sentence): number | undefined {
  const words = parsed.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter(isWordLike);
  const [first, second] = words;
  if (!first || !second || !LEADING_NO.has(first.normal)) return undefined;
  // "No, that's all" is already scored right: only the comma-less form goes wrong.
  const between = parsed.text.slice(first.charEnd, second.charStart);
  if (between.trim() !== "") return undefined;
  const next = second.normal.replace(/['’]/g, "");
  if (!AFTER_CLOSING_NO.has(next)) return undefined;
  return parseText(parsed.text.slice(second.charStart, sentence.charEnd)).sentiment;
}

/** One sentence's score: the lexicon's, corrected for closing "no"s and complaint cues. */
export function sentenceSentiment(parsed: ParsedText, sentence: Sentence): number {
  const score = withoutClosingNo(parsed, sentence) ?? sentence.sentiment;
  const keys = matchKeys(parsed.tokens.slice(sentence.tokenStart, sentence.tokenEnd));
  const complaint = complaintCueKeys().some((cue) => cue.length > 0 && containsRun(keys, cue));
  return complaint ? Math.min(score, COMPLAINT_SCORE) : score;
}

/**
 * A turn's sentiment, −1..1: the mean of its sentences that carry any, so a
 * clear "I'm really not happy with how this has been handled" is not diluted
 * to neutral by the "No." and "Goodbye." around it. A turn with no coloured
 * sentence is 0.
 */
export function turnSentiment(parsed: ParsedText): number {
  let sum = 0;
  let count = 0;
  for (const sentence of parsed.sentences) {
    const score = sentenceSentiment(parsed, sentence);
    if (score === 0) continue;
    sum += score;
    count++;
  }
  return count > 0 ? Math.max(-1, Math.min(1, sum / count)) : 0;
}
