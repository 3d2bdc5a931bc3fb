import type { AnalysisDto } from "@/lib/services/analyses/analysis-dto";

export type CriterionResult = AnalysisDto["criteria"][number];
export type ResultValue = CriterionResult["result"];

export interface CategoryInfo {
  id: string;
  name: string;
}

export interface CriteriaGroup {
  id: string;
  name: string;
  /** The category's score, 0–100, or null when none of its criteria could be judged. */
  score: number | null;
  criteria: CriterionResult[];
}

/** "problemResolution" → "Problem resolution", for categories a newer scorecard no longer names. */
export function humanizeId(id: string): string {
  const words = id
    .replace(/[-_]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/**
 * Criteria grouped by category, in the scorecard's order of categories (then
 * any it does not list, in the order they first appear), each group keeping
 * the criteria's own order.
 */
export function groupCriteria(
  criteria: readonly CriterionResult[],
  categories: readonly CategoryInfo[],
  scores: Readonly<Record<string, number>>,
): CriteriaGroup[] {
  const groups = new Map<string, CriteriaGroup>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) {
      const name = categories.find((c) => c.id === id)?.name ?? humanizeId(id);
      g = { id, name, score: typeof scores[id] === "number" ? scores[id] : null, criteria: [] };
      groups.set(id, g);
    }
    return g;
  };
  for (const c of criteria) group(c.category).criteria.push(c);
  const order = new Map(categories.map((c, i) => [c.id, i]));
  return [...groups.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
}

/** Category scores in the scorecard's order, named; categories without a score are left out. */
export function categoryScores(scores: Readonly<Record<string, number>>, categories: readonly CategoryInfo[]): { id: string; name: string; score: number }[] {
  const known = categories.filter((c) => typeof scores[c.id] === "number").map((c) => ({ id: c.id, name: c.name, score: scores[c.id]! }));
  const extra = Object.keys(scores)
    .filter((id) => !categories.some((c) => c.id === id))
    .map((id) => ({ id, name: humanizeId(id), score: scores[id]! }));
  return [...known, ...extra];
}

/** Counts for a line such as "6 passed, 2 failed, 1 not evaluated". */
export function resultCounts(criteria: readonly CriterionResult[]): Record<ResultValue, number> {
  const counts: Record<ResultValue, number> = { passed: 0, failed: 0, not_applicable: 0, not_evaluated: 0 };
  for (const c of criteria) counts[c.result]++;
  return counts;
}

export type ScoreBand = "pass" | "fail" | "none";

/** Whether a score meets the scorecard's passing score. */
export function scoreBand(score: number | null, passingScore: number): ScoreBand {
  if (score === null) return "none";
  return score >= passingScore ? "pass" : "fail";
}
