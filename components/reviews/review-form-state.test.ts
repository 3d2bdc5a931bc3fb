import { describe, expect, it } from "vitest";
import { criterionErrors, initialAnswers, isReviewResult } from "./review-form-state";
import { parseQueueFilters, queueHref } from "./review-queue-query";

describe("initialAnswers", () => {
  const criteria = [
    { id: "greeting", result: "passed" as const },
    { id: "resolution", result: "not_evaluated" as const },
    { id: "disclosure", result: "failed" as const },
  ];

  it("starts from the AI's results; what the AI could not judge starts unanswered", () => {
    expect(initialAnswers(criteria, null)).toEqual({
      greeting: { result: "passed", comment: "" },
      resolution: { result: null, comment: "" },
      disclosure: { result: "failed", comment: "" },
    });
  });

  it("prefers an earlier review's answers and comments, criterion by criterion", () => {
    const answers = initialAnswers(criteria, [{ criterionId: "disclosure", result: "passed", comment: "Said in the IVR" }]);
    expect(answers.disclosure).toEqual({ result: "passed", comment: "Said in the IVR" });
    expect(answers.resolution).toEqual({ result: null, comment: "" });
  });

  it("accepts only the answers a reviewer can give", () => {
    expect(["passed", "failed", "not_applicable"].every(isReviewResult)).toBe(true);
    expect(isReviewResult("not_evaluated")).toBe(false);
    expect(isReviewResult(undefined)).toBe(false);
  });
});

describe("criterionErrors", () => {
  it("puts errors about the n-th answer sent next to that criterion", () => {
    expect(criterionErrors({ "answers.1.result": ["must be passed, failed or not_applicable"], "answers.0.comment": ["must be at most 1000 characters"] }, ["a", "b"], [])).toEqual({
      "criteria.b": ["must be passed, failed or not_applicable"],
      "criteria.a": ["Comment must be at most 1000 characters"],
    });
  });

  it("asks every unanswered criterion for an answer when the service says some are missing, and keeps other fields", () => {
    expect(criterionErrors({ answers: ["must answer every criterion; missing c"], comment: ["is too long"] }, ["a", "b"], ["c"])).toEqual({
      "criteria.c": ["Choose an answer before submitting."],
      comment: ["is too long"],
    });
    expect(criterionErrors({ answers: ["must answer at least one criterion"] }, [], [])).toEqual({ answers: ["must answer at least one criterion"] });
    expect(criterionErrors(undefined, [], [])).toEqual({});
  });
});

describe("the queue's address", () => {
  it("keeps a sane project and page, drops anything else, and leaves defaults out of links", () => {
    expect(parseQueueFilters({ projectId: "proj_abc123XYZ", page: "3" })).toEqual({ projectId: "proj_abc123XYZ", page: 3 });
    expect(parseQueueFilters({ projectId: "'; drop", page: "-1" })).toEqual({ projectId: undefined, page: 1 });
    expect(queueHref({ projectId: "proj_1", page: 1 }, { page: 2 })).toBe("/reviews?projectId=proj_1&page=2");
    expect(queueHref({ page: 2 }, { page: 1 })).toBe("/reviews");
  });
});
