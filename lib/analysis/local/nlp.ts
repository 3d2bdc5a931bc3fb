import winkNLP, { type Detail, type PartOfSpeech, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One token of a text, with where it sits in that text. */
export interface Token {
  /** As written. */
  value: string;
  /** Lowercase, contractions expanded ("'ll" → "will", "n't" → "not"), British spelling made American. */
  normal: string;
  /** Porter stem of `normal` for words; `normal` itself for numbers, emails, symbols... */
  stem: string;
  /** wink-nlp's token type: word, number, punctuation, email, url, currency, symbol, time, ordinal, emoji, tabCRLF... */
  type: string;
  pos: PartOfSpeech;
  stopWord: boolean;
  /** Inside the scope of a negation ("not happy"). */
  negated: boolean;
  /** Offsets into the text: `text.slice(charStart, charEnd) === value`. */
  charStart: number;
  charEnd: number;
}

export interface Sentence {
  text: string;
  charStart: number;
  charEnd: number;
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** wink-nlp's sentence sentiment, -1..1. */
  sentiment: number;
}

/** A named entity as wink-nlp's model finds it (DATE, MONEY, EMAIL, CARDINAL...). */
export interface ModelEntity {
  type: string;
  text: string;
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  charStart: number;
  charEnd: number;
}

export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: ModelEntity[];
  /** wink-nlp's document sentiment: the mean of its sentences', -1..1. */
  sentiment: number;
}

interface Engine {
  nlp: WinkMethods;
  stem: (word: string) => string;
}

let engine: Engine | undefined;

/**
 * The process-wide wink-nlp instance. Building it unpacks the model's lexicon
 * (a few hundred ms), so it happens once, on first use rather than at import:
 * routes that merely import the analyzer stay fast to start.
 */
function getEngine(): Engine {
  if (engine) return engine;
  const nlp = winkNLP(model);
  // The model's Porter stemmer is typed `unknown`; check it rather than trust a cast.
  const stemAddon: unknown = model.addons.stem;
  if (typeof stemAddon !== "function") throw new Error("wink-eng-lite-web-model has no stem addon; reinstall it (npm ci)");
  engine = { nlp, stem: stemAddon as (word: string) => string };
  return engine;
}

export function getNlp(): WinkMethods {
  return getEngine().nlp;
}

/** Loads the model now, e.g. at server start, so the first analysis is not slower than the rest. */
export function warmUpNlp(): void {
  getEngine();
}

// The vocabulary of a call center is small; the cap only guards a long-lived process against odd input.
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** Porter stem of a lowercase word ("refunded" → "refund", "subscriptions" → "subscript"). */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = getEngine().stem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

// The stemmer mangles digits ("3rd" → "yrd", "3:30" → "y:y0"): only real words are stemmed.
const STEMMABLE = /^\p{L}[\p{L}'’.-]*$/u;

/** Tokens that carry words: not punctuation, whitespace, emoji or unknown characters. */
export function isWordLike(token: Token): boolean {
  return !SKIPPED_TYPES.has(token.type);
}
const SKIPPED_TYPES = new Set(["punctuation", "tabCRLF", "emoji", "emoticon", "unk"]);

/**
 * Tokens, sentences, model entities and sentiment of a text, all with
 * character offsets into it: wink-nlp does not report offsets, and matches,
 * entities and action items must point at the original text.
 */
export function parseText(text: string): ParsedText {
  const { nlp } = getEngine();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokenItems = doc.tokens();

  // Each out() is one pass over the document; much cheaper than per-token calls.
  const values = tokenItems.out(its.value) as string[];
  const normals = tokenItems.out(its.normal) as string[];
  const types = tokenItems.out(its.type) as string[];
  const pos = tokenItems.out(its.pos) as PartOfSpeech[];
  const stopWords = tokenItems.out(its.stopWordFlag) as boolean[];
  const negations = tokenItems.out(its.negationFlag) as boolean[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const normal = normals[i] ?? value.toLowerCase();
    const type = types[i] ?? "unk";
    // Token values are verbatim slices of the text, in order: searching from
    // the end of the previous token finds each one's offset.
    const found = text.indexOf(value, cursor);
    const charStart = found >= 0 ? found : Math.min(cursor, text.length);
    const charEnd = found >= 0 ? found + value.length : charStart;
    cursor = charEnd;
    tokens.push({
      value,
      normal,
      stem: type === "word" && STEMMABLE.test(normal) ? stem(normal) : normal,
      type,
      pos: pos[i] ?? "X",
      stopWord: stopWords[i] ?? false,
      negated: negations[i] ?? false,
      charStart,
      charEnd,
    });
  }

  const sentences: Sentence[] = [];
  if (tokens.length > 0) {
    const spans = doc.sentences().out(its.span) as unknown as number[][];
    const scores = doc.sentences().out(its.sentiment) as unknown as number[];
    spans.forEach((span, k) => {
      const range = trimmedRange(tokens, span[0] ?? 0, (span[1] ?? -1) + 1);
      if (!range) return;
      const charStart = tokens[range.start]!.charStart;
      const charEnd = tokens[range.end - 1]!.charEnd;
      sentences.push({
        text: text.slice(charStart, charEnd),
        charStart,
        charEnd,
        tokenStart: range.start,
        tokenEnd: range.end,
        sentiment: scores[k] ?? 0,
      });
    });
  }

  const entities: ModelEntity[] = [];
  if (tokens.length > 0) {
    const details = doc.entities().out(its.detail) as unknown as Detail[];
    const spans = doc.entities().out(its.span) as unknown as number[][];
    details.forEach((detail, k) => {
      const span = spans[k];
      if (!span) return;
      const start = span[0] ?? 0;
      const end = (span[1] ?? -1) + 1;
      if (end <= start || end > tokens.length) return;
      const charStart = tokens[start]!.charStart;
      const charEnd = tokens[end - 1]!.charEnd;
      entities.push({ type: detail.type, text: text.slice(charStart, charEnd), tokenStart: start, tokenEnd: end, charStart, charEnd });
    });
  }

  const sentiment = tokens.length > 0 ? (doc.out(its.sentiment) as unknown as number) : 0;
  return { text, tokens, sentences, entities, sentiment: Number.isFinite(sentiment) ? sentiment : 0 };
}

/** Token range without leading or trailing whitespace tokens; undefined when nothing is left. */
function trimmedRange(tokens: readonly Token[], start: number, end: number): { start: number; end: number } | undefined {
  let s = Math.max(0, start);
  let e = Math.min(tokens.length, end);
  while (s < e && tokens[s]!.type === "tabCRLF") s++;
  while (e > s && tokens[e - 1]!.type === "tabCRLF") e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** The tokens of a text; shorthand for `parseText(text).tokens`. */
export function tokenize(text: string): Token[] {
  return parseText(text).tokens;
}
