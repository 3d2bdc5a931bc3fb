import { NonRetriableError } from "inngest";
import { config } from "../../lib/config";
import { answerQuestions, LlmError, summarizeWithLlm, type LlmConfig } from "../../lib/llm";
import { loadAnalysisInput } from "../../lib/services/analyses/analysis-input";
import type { QuestionAnswer } from "../../lib/scoring/types";
import type { StepTools } from "../define-job";
import { jobDeps } from "../deps";

export interface LlmOutput {
  answers: QuestionAnswer[];
  summary: { summary: string; actionItems: string[] } | null;
}

/** The configured chat endpoint, or null: without one, question criteria stay "not evaluated". */
export function llmConfig(): LlmConfig | null {
  const cfg = config();
  if (!cfg.LLM_BASE_URL) return null;
  return {
    baseUrl: cfg.LLM_BASE_URL,
    apiKey: cfg.LLM_API_KEY,
    model: cfg.LLM_MODEL,
    timeoutMs: cfg.LLM_TIMEOUT_SECONDS * 1000,
    maxTranscriptChars: cfg.LLM_MAX_TRANSCRIPT_CHARS,
  };
}

export function llmAnalyzerName(): string {
  return `local+llm:${config().LLM_MODEL}`;
}

/** A wrong key or model will not fix itself on retry; a busy or unreachable server may. */
function asStepError(error: unknown): unknown {
  if (error instanceof LlmError && !error.retriable) return new NonRetriableError(`LLM: ${error.message}`, { cause: error });
  return error;
}

/**
 * Asks the LLM, each question set and the summary in its own step, so a
 * retry after a later failure reuses answers already paid for.
 */
export async function askLlm(step: StepTools, ref: { orgId: string; analysisId: string }): Promise<LlmOutput | null> {
  const llm = llmConfig();
  if (!llm) return null;
  const answers = await step.run("ask-llm-questions", async () => {
    const input = await loadAnalysisInput(await jobDeps.getDb(), ref.orgId, ref.analysisId);
    if (!input) return [];
    const questions = input.scorecard.criteria.flatMap((c) => (c.check.type === "question" ? [{ id: c.id, question: c.check.question }] : []));
    if (questions.length === 0) return [];
    return answerQuestions(llm, input.segments, questions).catch((error: unknown) => {
      throw asStepError(error);
    });
  });
  const summary = await step.run("ask-llm-summary", async () => {
    const input = await loadAnalysisInput(await jobDeps.getDb(), ref.orgId, ref.analysisId);
    if (!input?.settings.summary) return null;
    return summarizeWithLlm(llm, input.segments).catch((error: unknown) => {
      throw asStepError(error);
    });
  });
  return { answers, summary };
}
