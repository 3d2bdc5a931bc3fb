import type { ScorecardDefinition } from "./scorecard-schema";
import type { CriterionResult } from "./types";

export interface Score {
  /** 0–100, one decimal; null when no criterion could be judged. */
  qualityScore: number | null;
  /** Category id → 0–100, only categories with a judged criterion. */
  categories: Record<string, number>;
  complianceStatus: "passed" | "failed";
  /** What to do better, most important first. */
  improvements: string[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function weighted(results: readonly CriterionResult[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const r of results) {
    // Not applicable and not evaluated leave the score alone rather than count as a pass or a fail.
    if (r.result !== "passed" && r.result !== "failed") continue;
    possible += r.weight;
    if (r.result === "passed") earned += r.weight;
  }
  return possible > 0 ? round1((100 * earned) / possible) : null;
}

/**
 * The weighted score of the judged criteria, per category and overall; a single
 * failed compliance criterion fails compliance whatever the score.
 */
export function scoreResults(card: ScorecardDefinition, results: readonly CriterionResult[]): Score {
  const categories: Record<string, number> = {};
  for (const { id } of card.categories) {
    const score = weighted(results.filter((r) => r.category === id));
    if (score !== null) categories[id] = score;
  }
  const byId = new Map(card.criteria.map((c) => [c.id, c]));
  const improvements = results
    .filter((r) => r.result === "failed")
    .sort((a, b) => Number(b.compliance) - Number(a.compliance) || b.weight - a.weight)
    .map((r) => byId.get(r.id)?.improvement ?? `${r.name}: ${r.explanation}`);
  return {
    qualityScore: weighted(results),
    categories,
    complianceStatus: results.some((r) => r.compliance && r.result === "failed") ? "failed" : "passed",
    improvements,
  };
}
