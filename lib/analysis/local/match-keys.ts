import { isWordLike, stem, type Sentence, type Token } from "./nlp";

/** A comparable unit of text: a stem, with the characters it came from. */
export interface MatchKey {
  key: string;
  charStart: number;
  charEnd: number;
}

/**
 * Spellings that mean the same thing in a call. wink already expands split
 * contractions ("we'll" → "we will") and British spellings; these are the ones
 * it keeps whole or that speech engines and chat users write differently.
 */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  "i'm": ["i", "am"],
  "i’m": ["i", "am"],
  im: ["i", "am"],
  gonna: ["going", "to"],
  wanna: ["want", "to"],
  gotta: ["got", "to"],
  ok: ["okay"],
  "o.k.": ["okay"],
  "e-mail": ["email"],
  thx: ["thanks"],
  pls: ["please"],
  plz: ["please"],
  u: ["you"],
  "good-bye": ["goodbye"],
  cannot: ["can", "not"],
};

const WORD = /^\p{L}[\p{L}'’.]*$/u;

/** The normal forms a token stands for: variants expanded, hyphenated words split ("follow-up" → follow, up). */
export function expandNormal(normal: string): readonly string[] {
  const variant = VARIANTS[normal];
  if (variant) return variant;
  if (normal.includes("-") && /\p{L}/u.test(normal)) return normal.split("-").filter(Boolean);
  return [normal];
}

function keyOf(normal: string, isWord: boolean): string {
  return isWord && WORD.test(normal) ? stem(normal) : normal;
}

/**
 * The stems of a text's words, for matching phrases by meaning rather than
 * spelling: case, punctuation and inflection fall away ("Thanks for calling!"
 * and "thank you for calling" give the same keys, "refunded" gives "refund").
 * Possessive "'s" is dropped ("customer's account" ≈ "customer account") and
 * "thank you" becomes "thank" so it equals "thanks".
 */
export function matchKeys(tokens: readonly Token[]): MatchKey[] {
  const keys: MatchKey[] = [];
  for (const token of tokens) {
    if (!isWordLike(token) || token.normal === "'s" || token.normal === "’s") continue;
    for (const normal of expandNormal(token.normal)) {
      const key = keyOf(normal, token.type === "word");
      const previous = keys[keys.length - 1];
      if (key === "you" && previous?.key === "thank" && previous.charEnd <= token.charStart) {
        previous.charEnd = token.charEnd;
        continue;
      }
      keys.push({ key, charStart: token.charStart, charEnd: token.charEnd });
    }
  }
  return keys;
}

/**
 * A sentence's words in normal form joined by single spaces, contractions
 * expanded ("I'll" → "i will", "I'm" → "i am"): what rule patterns match on.
 */
export function sentenceWords(tokens: readonly Token[], sentence: Pick<Sentence, "tokenStart" | "tokenEnd">): string {
  const words: string[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i];
    if (token && isWordLike(token)) words.push(...expandNormal(token.normal.replace(/’/g, "'")));
  }
  return words.join(" ");
}
