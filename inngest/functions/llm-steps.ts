import { config } from "../../lib/config";
import { answerQuestions, LlmError, summarizeWithLlm, type LlmConfig } from "../../lib/llm";
import { loadAnalysisInput } from "../../lib/services/analyses/analysis-input";
import type { QuestionAnswer } from "../../lib/scoring/types";
import type { StepTools } from "../define-job";
import { jobDeps } from "../deps";

export interface LlmOutput {
  /** Null when the LLM could not answer; `failure` says why. */
  answers: QuestionAnswer[] | null;
  summary: { summary: string; actionItems: string[] } | null;
  /** Why the LLM's part is missing: questions are then "not evaluated" and the summary is the local one. */
  failure: string | null;
  /** Tokens the completions used, answered or not: what the analysis is metered for. */
  tokens: number;
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

/** Where the run stands: a busy or unreachable LLM is retried while retries remain. */
export interface RetryBudget {
  attempt: number;
  retries: number;
}

/**
 * What to do with an LLM error: rethrow a passing problem (rate limit, server
 * error, unreachable) while the run has retries left, so the step is tried
 * again; otherwise give up on the LLM for this analysis and let the rest
 * complete. Timeouts and answers that do not fit the schema are not retried:
 * the next try would most likely take as long or answer the same way.
 */
function degradeOrRetry(error: unknown, budget: RetryBudget): string {
  if (!(error instanceof LlmError)) throw error;
  const passing = error.retriable && error.code !== "TIMEOUT";
  if (passing && budget.attempt < budget.retries) throw error;
  return error.message;
}

/** Adds up what each completion of one step used. */
function tokenCounter() {
  const counter = {
    tokens: 0,
    onUsage: (tokens: number) => {
      counter.tokens += tokens;
    },
  };
  return counter;
}

/**
 * Asks the LLM, each question set and the summary in its own step, so a
 * retry after a later failure reuses answers already paid for.
 */
export async function askLlm(step: StepTools, ref: { orgId: string; analysisId: string }, budget: RetryBudget): Promise<LlmOutput | null> {
  const llm = llmConfig();
  if (!llm) return null;
  const questions = await step.run("ask-llm-questions", async () => {
    const input = await loadAnalysisInput(await jobDeps.getDb(), ref.orgId, ref.analysisId);
    if (!input) return { answers: [], failure: null, tokens: 0 };
    const asked = input.scorecard.criteria.flatMap((c) => (c.check.type === "question" ? [{ id: c.id, question: c.check.question }] : []));
    if (asked.length === 0) return { answers: [], failure: null, tokens: 0 };
    const usage = tokenCounter();
    try {
      return { answers: await answerQuestions(llm, input.segments, asked, usage), failure: null, tokens: usage.tokens };
    } catch (error) {
      return { answers: null, failure: degradeOrRetry(error, budget), tokens: usage.tokens };
    }
  });
  const summary = await step.run("ask-llm-summary", async () => {
    const input = await loadAnalysisInput(await jobDeps.getDb(), ref.orgId, ref.analysisId);
    if (!input?.settings.summary) return { summary: null, failure: null, tokens: 0 };
    const usage = tokenCounter();
    try {
      return { summary: await summarizeWithLlm(llm, input.segments, usage), failure: null, tokens: usage.tokens };
    } catch (error) {
      return { summary: null, failure: degradeOrRetry(error, budget), tokens: usage.tokens };
    }
  });
  return {
    answers: questions.answers,
    summary: summary.summary,
    failure: questions.failure ?? summary.failure,
    // Stored step results of runs from before metering have no count.
    tokens: (questions.tokens ?? 0) + (summary.tokens ?? 0),
  };
}
