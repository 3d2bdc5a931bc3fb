import { isBoilerplate } from "./boilerplate";
import { count } from "./count";
import { sentenceWords } from "./match-keys";
import type { Token } from "./nlp";
import { toParsedTranscript, type ParsedSegment, type TranscriptInput } from "./transcript";

export interface KeyPhrase {
  /** The most frequent spelling, lowercase ("confirmation email"). */
  text: string;
  /** Its stems joined by spaces: spellings that share it are one phrase ("refund" and "refunds"). */
  key: string;
  count: number;
  /** count × number of words: a repeated two-word phrase outranks a repeated single noun. */
  score: number;
  /** Segments it occurs in, ascending. */
  segments: number[];
}

export interface ExtractKeyPhrasesOptions {
  /** At most this many phrases; default 10. */
  limit?: number;
}

const NOUNISH = new Set(["NOUN", "PROPN", "ADJ"]);
const HEADS = new Set(["NOUN", "PROPN"]);
const MAX_WORDS = 4;

/**
 * Words of every call that say nothing about its topic: greetings, fillers,
 * politeness, vague nouns. wink's stop words do not cover spoken English, and
 * its tagger calls many of these nouns or adjectives.
 */
const FILLERS = new Set([
  "okay", "ok", "yeah", "yes", "yep", "yup", "no", "nope", "hi", "hello", "hey", "bye", "goodbye",
  "um", "uh", "umm", "uhh", "hmm", "mm", "ah", "oh", "wow", "sir", "madam", "ma'am", "mister", "miss",
  "thanks", "thank", "please", "sorry", "welcome", "great", "perfect", "good", "nice", "fine", "sure",
  "right", "alright", "correct", "lot", "bit", "thing", "things", "stuff", "way", "kind", "sort", "guy",
  "guys", "folks", "moment", "second", "minute", "time", "day", "today", "tomorrow", "yesterday",
  "morning", "afternoon", "evening", "everything", "anything", "something", "nothing", "anyone",
  "someone", "everyone", "problem", "issue", "question", "help", "really", "actually", "basically",
  "able", "happy", "glad", "much", "many", "other", "same", "own", "new", "last", "next",
]);

function isCandidate(token: Token, inEntity: boolean): boolean {
  return (
    !inEntity &&
    token.type === "word" &&
    NOUNISH.has(token.pos) &&
    !token.stopWord &&
    token.normal.length >= 2 &&
    /^\p{L}[\p{L}-]*$/u.test(token.normal) &&
    !FILLERS.has(token.normal)
  );
}

/** Token indexes inside model entities: dates, amounts and names of days are not topics. */
function entityTokens(part: ParsedSegment): Set<number> {
  const inside = new Set<number>();
  for (const entity of part.parsed.entities) {
    for (let i = entity.tokenStart; i < entity.tokenEnd; i++) inside.add(i);
  }
  return inside;
}

/** Runs of adjectives and nouns within a sentence that end in a noun: "duplicate charge", "confirmation email". */
function candidateRuns(part: ParsedSegment): Token[][] {
  const runs: Token[][] = [];
  const inEntity = entityTokens(part);
  const { tokens, sentences } = part.parsed;
  for (const sentence of sentences) {
    if (isBoilerplate(sentenceWords(tokens, sentence))) continue;
    let run: Token[] = [];
    const flush = () => {
      // The head of an English noun phrase is its last word: drop trailing adjectives.
      while (run.length > 0 && !HEADS.has(run[run.length - 1]!.pos)) run.pop();
      if (run.length > 0) runs.push(run.slice(-MAX_WORDS));
      run = [];
    };
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      if (isCandidate(token, inEntity.has(i))) run.push(token);
      else flush();
    }
    flush();
  }
  return runs;
}

interface Tally {
  key: string;
  words: number;
  count: number;
  forms: Map<string, number>;
  segments: Set<number>;
  first: number;
}

/**
 * Key phrases of a conversation: noun phrases (adjectives and nouns ending in
 * a noun, stop words and fillers excluded, greetings and sign-offs skipped),
 * merged by stem, scored by frequency × length. Ties go to the phrase said first, so the order is
 * deterministic.
 */
export function extractKeyPhrases(input: TranscriptInput, options: ExtractKeyPhrasesOptions = {}): KeyPhrase[] {
  const limit = count(options.limit, 10);
  const transcript = toParsedTranscript(input);
  const tallies = new Map<string, Tally>();
  let position = 0;
  for (const part of transcript.segments) {
    for (const run of candidateRuns(part)) {
      const key = run.map((t) => t.stem).join(" ");
      const form = run.map((t) => t.value.toLowerCase()).join(" ");
      let tally = tallies.get(key);
      if (!tally) {
        tally = { key, words: run.length, count: 0, forms: new Map(), segments: new Set(), first: position };
        tallies.set(key, tally);
      }
      tally.count++;
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
      tally.segments.add(part.index);
      position++;
    }
  }
  return [...tallies.values()]
    .map((t) => ({ ...t, score: t.count * t.words }))
    .sort((a, b) => b.score - a.score || b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map((t) => ({
      text: mostFrequent(t.forms),
      key: t.key,
      count: t.count,
      score: t.score,
      segments: [...t.segments].sort((a, b) => a - b),
    }));
}

/** The most frequent form; the first seen wins a tie (Map keeps insertion order). */
function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A short list of topic labels from key phrases (best first): a phrase that
 * shares a stem with a topic already chosen adds nothing ("refund request"
 * after "refund"), so it is skipped.
 */
export function topicsFrom(keyPhrases: readonly KeyPhrase[], limit?: number): string[] {
  const max = count(limit, 5);
  const topics: string[] = [];
  const used = new Set<string>();
  for (const phrase of keyPhrases) {
    if (topics.length >= max) break;
    const stems = phrase.key.split(" ");
    if (stems.some((s) => used.has(s))) continue;
    stems.forEach((s) => used.add(s));
    topics.push(phrase.text);
  }
  return topics;
}
