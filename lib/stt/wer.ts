/**
 * Word error rate: (substitutions + deletions + insertions) / reference words,
 * from a Levenshtein alignment of normalised words. Used by the STT benchmark
 * and the tests that check PocketSphinx against calls with known words.
 */
export interface WerResult {
  /** errors / referenceWords; 0 when both are empty, 1 when only the reference is. */
  wer: number;
  errors: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
  hypothesisWords: number;
}

/**
 * Lower case, punctuation removed (apostrophes inside words kept: "don't"),
 * hyphens split ("follow-up" is two words, as recognisers write it).
 */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, " ")
    .replace(/-/g, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

interface Cell {
  cost: number;
  s: number;
  d: number;
  i: number;
}

/**
 * Two rows of the edit-distance table, each cell carrying its S/D/I counts,
 * so memory stays linear for hour-long transcripts.
 */
export function wordErrorRate(reference: string | readonly string[], hypothesis: string | readonly string[]): WerResult {
  const ref = typeof reference === "string" ? normaliseWords(reference) : reference.flatMap(normaliseWords);
  const hyp = typeof hypothesis === "string" ? normaliseWords(hypothesis) : hypothesis.flatMap(normaliseWords);

  let previous: Cell[] = Array.from({ length: hyp.length + 1 }, (_, j) => ({ cost: j, s: 0, d: 0, i: j }));
  for (let r = 1; r <= ref.length; r++) {
    const row: Cell[] = [{ cost: r, s: 0, d: r, i: 0 }];
    for (let h = 1; h <= hyp.length; h++) {
      const diagonal = previous[h - 1]!;
      const same = ref[r - 1] === hyp[h - 1];
      const up = previous[h]!; // reference word missing from the hypothesis
      const left = row[h - 1]!; // extra hypothesis word
      const substituteCost = diagonal.cost + (same ? 0 : 1);
      // Prefer the diagonal on ties: it reports a substitution rather than a deletion plus an insertion.
      if (substituteCost <= up.cost + 1 && substituteCost <= left.cost + 1) {
        row.push({ cost: substituteCost, s: diagonal.s + (same ? 0 : 1), d: diagonal.d, i: diagonal.i });
      } else if (up.cost <= left.cost) {
        row.push({ cost: up.cost + 1, s: up.s, d: up.d + 1, i: up.i });
      } else {
        row.push({ cost: left.cost + 1, s: left.s, d: left.d, i: left.i + 1 });
      }
    }
    previous = row;
  }
  const last = previous[hyp.length]!;
  const errors = last.s + last.d + last.i;
  return {
    wer: ref.length > 0 ? errors / ref.length : hyp.length > 0 ? 1 : 0,
    errors,
    substitutions: last.s,
    deletions: last.d,
    insertions: last.i,
    referenceWords: ref.length,
    hypothesisWords: hyp.length,
  };
}
