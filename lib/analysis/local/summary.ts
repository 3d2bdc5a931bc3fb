import { isBoilerplate } from "./boilerplate";
import { count } from "./count";
import type { Entity } from "./entities";
import type { KeyPhrase } from "./keyphrases";
import { sentenceWords } from "./match-keys";
import { isWordLike, type Sentence, type Token } from "./nlp";
import { toParsedTranscript, type ParsedSegment, type TranscriptInput } from "./transcript";

export interface SummarySentence {
  segmentIndex: number;
  speaker: string;
  /** Offsets of the sentence in the segment's text. */
  charStart: number;
  charEnd: number;
  text: string;
}

export interface Summary {
  /** The chosen sentences verbatim, in conversation order, joined by spaces; "" for an empty transcript. */
  text: string;
  sentences: SummarySentence[];
}

export interface SummarizeOptions {
  /** How many sentences; default 3. */
  sentences?: number;
  /** Sentences containing these (by stem) get a bonus. */
  keyPhrases?: readonly KeyPhrase[];
  /** Sentences containing these get a bonus. */
  entities?: readonly Entity[];
}

/** Shorter sentences ("Okay, that's good.") rarely say what a call was about. */
const MIN_WORDS = 4;
/** Above this word overlap (Jaccard of content stems) a sentence repeats one already chosen. */
const MAX_OVERLAP = 0.6;
const POSITION_BONUS = 0.2;
const KEY_PHRASE_BONUS = 0.3;
const ENTITY_BONUS = 0.15;
const MAX_ENTITY_BONUSES = 2;

interface Candidate {
  part: ParsedSegment;
  sentence: Sentence;
  order: number;
  words: number;
  boilerplate: boolean;
  stems: string[];
  score: number;
}

function isContent(token: Token): boolean {
  return token.type === "word" && !token.stopWord && token.normal.length > 2 && /^\p{L}+$/u.test(token.normal);
}

function candidatesOf(parts: readonly ParsedSegment[]): Candidate[] {
  const all: Candidate[] = [];
  for (const part of parts) {
    for (const sentence of part.parsed.sentences) {
      const tokens = part.parsed.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
      const words = tokens.filter(isWordLike).length;
      if (words === 0) continue;
      all.push({
        part,
        sentence,
        order: all.length,
        words,
        boilerplate: isBoilerplate(sentenceWords(part.parsed.tokens, sentence)),
        stems: tokens.filter(isContent).map((t) => t.stem),
        score: 0,
      });
    }
  }
  return all;
}

function containsSequence(stems: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= stems.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (stems[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const s of setA) if (setB.has(s)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Scores each sentence: the sum of its content stems' weights (frequency in
 * the conversation × rarity across sentences, so words the call is about
 * count, words in every sentence do not), divided by the square root of its
 * length so long sentences do not win by size alone; then bonuses for coming
 * early (the reason for the call), for key phrases and for entities.
 */
function score(candidates: Candidate[], keyPhrases: readonly KeyPhrase[], entities: readonly Entity[]): void {
  const tf = new Map<string, number>();
  const df = new Map<string, number>();
  for (const c of candidates) {
    for (const s of c.stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    for (const s of new Set(c.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = candidates.length;
  const phrases = keyPhrases.map((k) => k.key.split(" "));
  candidates.forEach((c, i) => {
    let base = 0;
    for (const s of new Set(c.stems)) base += (tf.get(s) ?? 0) * Math.log(1 + n / (df.get(s) ?? 1));
    base /= Math.sqrt(Math.max(1, c.stems.length));
    // Candidates are in conversation order.
    const position = n > 1 ? POSITION_BONUS * (1 - i / (n - 1)) : 0;
    const phrase = phrases.some((p) => containsSequence(c.stems, p)) ? KEY_PHRASE_BONUS : 0;
    const inside = entities.filter(
      (e) => e.segmentIndex === c.part.index && e.charStart >= c.sentence.charStart && e.charEnd <= c.sentence.charEnd,
    ).length;
    c.score = base * (1 + position + phrase + ENTITY_BONUS * Math.min(inside, MAX_ENTITY_BONUSES));
  });
}

/**
 * Extractive summary: the K best sentences, verbatim and in conversation
 * order, nothing added. Greetings, sign-offs and sentences under four words
 * are left out unless the conversation has nothing else; a conversation of at
 * most K sentences is its own summary.
 */
export function summarize(input: TranscriptInput, options: SummarizeOptions = {}): Summary {
  const k = count(options.sentences, 3);
  const all = candidatesOf(toParsedTranscript(input).segments);
  // Fall back step by step so a conversation of small talk still gets some of its words back.
  const informative = all.filter((c) => c.words >= MIN_WORDS && !c.boilerplate);
  const long = all.filter((c) => c.words >= MIN_WORDS);
  const pool = informative.length > 0 ? informative : long.length > 0 ? long : all;
  let chosen: Candidate[];
  if (all.length <= k) {
    chosen = all;
  } else if (pool.length <= k) {
    chosen = pool;
  } else {
    score(pool, options.keyPhrases ?? [], options.entities ?? []);
    const ranked = [...pool].sort((a, b) => b.score - a.score || a.order - b.order);
    chosen = [];
    for (const c of ranked) {
      if (chosen.length >= k) break;
      if (chosen.some((x) => jaccard(x.stems, c.stems) > MAX_OVERLAP)) continue;
      chosen.push(c);
    }
    chosen.sort((a, b) => a.order - b.order);
  }
  const sentences = chosen.map((c) => ({
    segmentIndex: c.part.index,
    speaker: c.part.speaker,
    charStart: c.sentence.charStart,
    charEnd: c.sentence.charEnd,
    text: c.sentence.text,
  }));
  return { text: sentences.map((s) => s.text).join(" "), sentences };
}
