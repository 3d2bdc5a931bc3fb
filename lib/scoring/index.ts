export { defaultScorecard } from "./default-scorecard";
export { evaluateCriteria } from "./evaluate-criteria";
export { scoreResults, type Score } from "./score";
export * from "./scorecard-schema";
export type { CriterionOutcome, CriterionResult, Evidence, QuestionAnswer, ScoringInput } from "./types";
