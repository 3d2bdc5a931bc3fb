import type { QuestionAnswer } from "../../lib/scoring/types";
import type { StepTools } from "../define-job";

export interface LlmOutput {
  answers: QuestionAnswer[];
  summary: { summary: string; actionItems: string[] } | null;
}

/** Placeholder until the LLM provider lands: no model configured, questions stay "not evaluated". */
export async function askLlm(_step: StepTools, _ref: { orgId: string; analysisId: string }): Promise<LlmOutput | null> {
  return null;
}

export function llmAnalyzerName(): string {
  return "local";
}
