import type { Criterion, MetricName } from "./scorecard-schema";
import type { CriterionResult, ScoringInput } from "./types";

type MetricCheck = Extract<Criterion["check"], { type: "metric" }>;
type Outcome = Pick<CriterionResult, "result" | "explanation" | "evidence" | "value">;

const LABELS: Record<MetricName, string> = {
  talkRatio: "The agent's share of talk time",
  silenceShare: "The share of silence",
  longestMonologueSeconds: "The longest monologue",
  overtalkCount: "Overtalk",
  durationSeconds: "The duration",
};

function measure(metric: MetricName, input: ScoringInput): number | null {
  const m = input.talkMetrics;
  switch (metric) {
    case "talkRatio":
      return m?.talkRatio ?? null;
    case "silenceShare":
      return m ? m.silenceShare : null;
    case "longestMonologueSeconds":
      return m ? m.longestMonologueMs / 1000 : null;
    case "overtalkCount":
      return m ? m.overtalkCount : null;
    case "durationSeconds": {
      const ms = m?.durationMs ?? input.durationMs;
      return ms === null || ms === undefined ? null : ms / 1000;
    }
  }
}

function show(metric: MetricName, value: number): string {
  if (metric === "talkRatio" || metric === "silenceShare") return `${Math.round(value * 100)}%`;
  if (metric === "overtalkCount") return `${value} time${value === 1 ? "" : "s"}`;
  return `${Math.round(value)} s`;
}

/** Talk metrics against bounds. Chats, emails and mono calls have no such numbers: not applicable. */
export function checkMetric(check: MetricCheck, input: ScoringInput): Outcome {
  const value = measure(check.metric, input);
  if (value === null) {
    return { result: "not_applicable", explanation: `${LABELS[check.metric]} is not known for this conversation.`, evidence: [], value: null };
  }
  const low = check.min !== undefined && value < check.min;
  const high = check.max !== undefined && value > check.max;
  const bounds =
    check.min !== undefined && check.max !== undefined
      ? `between ${show(check.metric, check.min)} and ${show(check.metric, check.max)}`
      : check.min !== undefined
        ? `at least ${show(check.metric, check.min)}`
        : `at most ${show(check.metric, check.max!)}`;
  const rounded = Math.round(value * 1000) / 1000;
  return {
    result: low || high ? "failed" : "passed",
    explanation: `${LABELS[check.metric]} was ${show(check.metric, value)}; expected ${bounds}.`,
    evidence: [],
    value: rounded,
  };
}
