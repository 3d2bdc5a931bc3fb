/** The labelled agreement set: types and loading, shared by the benchmarks. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import type { TalkMetrics } from "@/lib/audio/talk-metrics";

export type Label = "passed" | "failed" | "not_applicable";

/** Every criterion of the default scorecard (lib/scoring/default-scorecard.ts). */
export const CRITERION_IDS: readonly string[] = [
  "greeting",
  "identify-customer",
  "empathy",
  "resolution",
  "customer-sentiment",
  "balanced-conversation",
  "closing",
  "recording-disclosure",
  "no-forbidden-phrases",
];

/** Needs an LLM: labelled for the record, left out of the local agreement. */
export const LLM_ONLY: readonly string[] = ["resolution"];

export interface LabelledTranscript {
  id: string;
  description: string;
  type: "call" | "chat";
  /** The recording's length; null for chats. */
  durationMs: number | null;
  segments: TranscriptSegment[];
  talkMetrics?: TalkMetrics;
  /** What a QA reviewer answers for each criterion, written before the analyzer was run. */
  labels: Record<string, Label>;
  /** The reviewer's reasoning where a label is not obvious. */
  labelNotes?: Record<string, string>;
}

export const LABELLED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "labelled");

export function loadLabelled(dir = LABELLED_DIR): LabelledTranscript[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as LabelledTranscript);
}
