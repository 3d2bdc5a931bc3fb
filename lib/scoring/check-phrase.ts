import { findPhrases } from "../analysis/local";
import { clock, quoteList, shortQuote } from "./format";
import type { Criterion } from "./scorecard-schema";
import type { CriterionResult, Evidence, ScoringInput } from "./types";

type PhraseCheck = Extract<Criterion["check"], { type: "phrase" }>;
type Outcome = Pick<CriterionResult, "result" | "explanation" | "evidence" | "value">;

const MAX_EVIDENCE = 3;

function who(speaker: PhraseCheck["speaker"]): string {
  return speaker === "any" ? "anyone" : `the ${speaker}`;
}

function windowText(check: PhraseCheck): string {
  if (check.withinFirstSeconds) return ` in the first ${check.withinFirstSeconds} s`;
  if (check.withinLastSeconds) return ` in the last ${check.withinLastSeconds} s`;
  return "";
}

/** Phrases said (or not said), by whom, when: matched with stemming by the local analyzer. */
export function checkPhrase(check: PhraseCheck, input: ScoringInput): Outcome {
  if (!input.parsed.segments.some((s) => s.speaker === check.speaker || check.speaker === "any")) {
    return { result: "not_applicable", explanation: `There are no turns by ${who(check.speaker)}.`, evidence: [], value: null };
  }
  const matches = findPhrases(input.parsed, check.phrases, {
    speaker: check.speaker,
    withinFirstMs: check.withinFirstSeconds ? check.withinFirstSeconds * 1000 : undefined,
    withinLastMs: check.withinLastSeconds ? check.withinLastSeconds * 1000 : undefined,
    maxWordsBetween: check.maxWordsBetween,
  });
  const evidence: Evidence[] = matches.slice(0, MAX_EVIDENCE).map((m) => ({
    segmentIndex: m.segmentIndex,
    quote: shortQuote(m.text),
    startMs: m.startMs,
    endMs: m.endMs,
  }));
  const first = matches[0];
  if (check.expect === "said") {
    return first
      ? { result: "passed", explanation: `${capitalize(who(check.speaker))} said “${shortQuote(first.text)}” at ${clock(first.startMs)}.`, evidence, value: null }
      : {
          result: "failed",
          explanation: `${capitalize(who(check.speaker))} did not say ${quoteList(check.phrases)}${windowText(check)}.`,
          evidence: [],
          value: null,
        };
  }
  return first
    ? {
        result: "failed",
        explanation: `${capitalize(who(check.speaker))} said “${shortQuote(first.text)}” at ${clock(first.startMs)}${matches.length > 1 ? ` (and ${matches.length - 1} more time${matches.length > 2 ? "s" : ""})` : ""}.`,
        evidence,
        value: null,
      }
    : { result: "passed", explanation: `${capitalize(who(check.speaker))} said none of ${quoteList(check.phrases)}${windowText(check)}.`, evidence: [], value: null };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
