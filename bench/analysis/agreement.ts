/**
 * Agreement of the local analyzer with a QA reviewer's labels, on the
 * hand-labelled transcripts in bench/analysis/labelled/ (built from
 * labelled-src/ by build-labelled.ts).
 *
 *   node_modules/.bin/tsx bench/analysis/agreement.ts [--scorecard default|previous] [--set labelled|holdout|holdout2] [--json <file>]
 *
 * Scores every transcript with the default scorecard as the pipeline does
 * without an LLM (answers: null), compares each criterion's result with the
 * label, and prints Markdown: agreement per criterion, overall (the LLM-only
 * "resolution" left out: the local analyzer leaves it not_evaluated), by kind
 * of transcript, and every disagreement with the analyzer's explanation.
 * With --json, also writes the full comparison there. `--scorecard previous`
 * scores with the default scorecard as it was before it was tuned on the
 * labelled set (previous-scorecard.ts). `--set holdout` uses the transcripts
 * in holdout/, written after the first suggestions (and seen since);
 * `--set holdout2` the ones in holdout2/, written blind by someone who had not
 * seen the scorecard or the analyzer: the honest measure.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeConversation } from "@/lib/analysis/analyze-conversation";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { previousScorecard } from "./previous-scorecard";
import { CRITERION_IDS, LABELLED_DIR, LLM_ONLY, loadLabelled, type LabelledTranscript } from "./labelled";

interface Comparison {
  transcript: string;
  kind: string;
  criterion: string;
  label: string;
  result: string;
  agreed: boolean;
  explanation: string;
  note: string | null;
}

/** Chats, speech-to-text style calls (ids "stt-...") and punctuated calls behave differently. */
function kindOf(t: LabelledTranscript): string {
  if (t.type === "chat") return "chat";
  return t.id.startsWith("stt-") ? "call, speech-to-text style" : "call, punctuated";
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function main() {
  const jsonAt = process.argv.indexOf("--json");
  const jsonPath = jsonAt > 0 ? process.argv[jsonAt + 1] : undefined;
  const cardAt = process.argv.indexOf("--scorecard");
  const cardName = cardAt > 0 ? process.argv[cardAt + 1] : "default";
  if (cardName !== "default" && cardName !== "previous") throw new Error("--scorecard must be default or previous");
  const scorecard = cardName === "previous" ? previousScorecard() : defaultScorecard();
  const names = new Map(scorecard.criteria.map((c) => [c.id, c.name]));
  const setAt = process.argv.indexOf("--set");
  const set = setAt > 0 ? process.argv[setAt + 1] : "labelled";
  if (set !== "labelled" && set !== "holdout" && set !== "holdout2") throw new Error("--set must be labelled, holdout or holdout2");
  const transcripts = loadLabelled(path.join(path.dirname(LABELLED_DIR), set));
  const comparisons: Comparison[] = [];
  const scores: Array<{ id: string; qualityScore: number | null; complianceStatus: string }> = [];

  for (const t of transcripts) {
    const analysis = analyzeConversation({
      recordType: t.type,
      segments: t.segments,
      talkMetrics: t.talkMetrics ?? null,
      durationMs: t.durationMs,
      scorecard,
      answers: null,
      settings: { summary: true, sentiment: true },
    });
    scores.push({ id: t.id, qualityScore: analysis.qualityScore, complianceStatus: analysis.complianceStatus });
    for (const id of CRITERION_IDS) {
      const result = analysis.criteria.find((c) => c.id === id);
      const label = t.labels[id];
      if (!result || !label) throw new Error(`${t.id}: missing ${id}`);
      comparisons.push({
        transcript: t.id,
        kind: kindOf(t),
        criterion: id,
        label,
        result: result.result,
        agreed: label === result.result,
        explanation: result.explanation,
        note: t.labelNotes?.[id] ?? null,
      });
    }
  }

  const local = comparisons.filter((c) => !LLM_ONLY.includes(c.criterion));
  const agreed = local.filter((c) => c.agreed).length;
  const decided = local.filter((c) => c.label !== "not_applicable");
  const out: string[] = [];
  out.push(`## Agreement of the local analyzer with the labels${set === "holdout" ? " (hold-out set)" : set === "holdout2" ? " (hold-out set 2)" : ""}`);
  out.push("");
  out.push(
    `${transcripts.length} transcripts (${transcripts.filter((t) => t.type === "call").length} calls, ${transcripts.filter((t) => t.type === "chat").length} chats), ${cardName} scorecard, no LLM. ` +
      `Node ${process.version}, ${os.cpus().length} CPUs.`,
  );
  out.push("");
  out.push("| criterion | agreed / labelled | agreement | label → analyzer, where they differ |");
  out.push("| --- | ---: | ---: | --- |");
  for (const id of CRITERION_IDS) {
    const rows = comparisons.filter((c) => c.criterion === id);
    const ok = rows.filter((c) => c.agreed).length;
    const confusion = new Map<string, number>();
    for (const c of rows.filter((r) => !r.agreed)) confusion.set(`${c.label} → ${c.result}`, (confusion.get(`${c.label} → ${c.result}`) ?? 0) + 1);
    const diff = [...confusion].map(([k, n]) => `${k}: ${n}`).join("; ");
    const llm = LLM_ONLY.includes(id) ? " (LLM only, not counted)" : "";
    out.push(`| ${id}: ${names.get(id)}${llm} | ${ok} / ${rows.length} | ${pct(ok, rows.length)} | ${diff} |`);
  }
  out.push(`| **overall, without resolution** | **${agreed} / ${local.length}** | **${pct(agreed, local.length)}** | |`);
  out.push("");
  out.push(
    `Where the reviewer said passed or failed (not_applicable labels left out): ${decided.filter((c) => c.agreed).length} / ${decided.length} = ${pct(decided.filter((c) => c.agreed).length, decided.length)}.`,
  );
  out.push("");
  out.push("| kind of transcript | transcripts | agreed / labelled | agreement |");
  out.push("| --- | ---: | ---: | ---: |");
  for (const kind of [...new Set(local.map((c) => c.kind))].sort()) {
    const rows = local.filter((c) => c.kind === kind);
    const n = new Set(rows.map((c) => c.transcript)).size;
    out.push(`| ${kind} | ${n} | ${rows.filter((c) => c.agreed).length} / ${rows.length} | ${pct(rows.filter((c) => c.agreed).length, rows.length)} |`);
  }
  out.push("");
  const misses = local.filter((c) => !c.agreed);
  out.push(`### Disagreements (${misses.length})`);
  out.push("");
  out.push("| transcript | criterion | label | analyzer | analyzer's explanation | reviewer's note |");
  out.push("| --- | --- | --- | --- | --- | --- |");
  for (const c of misses) {
    out.push(`| ${c.transcript} | ${c.criterion} | ${c.label} | ${c.result} | ${cell(c.explanation)} | ${cell(c.note ?? "")} |`);
  }
  console.log(out.join("\n"));

  if (jsonPath) {
    fs.writeFileSync(
      jsonPath,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          scorecard: cardName,
          set,
          node: process.version,
          transcripts: transcripts.length,
          overall: { agreed, labelled: local.length, agreement: agreed / local.length },
          withoutNotApplicableLabels: { agreed: decided.filter((c) => c.agreed).length, labelled: decided.length },
          scores,
          comparisons,
        },
        null,
        2,
      )}\n`,
    );
  }
}

main();
