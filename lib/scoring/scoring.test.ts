import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "../../db/schema/transcripts";
import { analyzeSentiment, parseTranscript } from "../analysis/local";
import { reversedCall, SUPPORT_CALL } from "../analysis/local/support-call.fixture";
import type { TalkMetrics } from "../audio/talk-metrics";
import { defaultScorecard } from "./default-scorecard";
import { evaluateCriteria } from "./evaluate-criteria";
import { scoreResults } from "./score";
import { scorecardDefinitionSchema, type ScorecardDefinition, type ScorecardDefinitionInput } from "./scorecard-schema";
import type { QuestionAnswer, ScoringInput } from "./types";

function input(segments: TranscriptSegment[], extra: Partial<ScoringInput> = {}): ScoringInput {
  const parsed = parseTranscript(segments);
  return { recordType: "call", segments, parsed, sentiment: analyzeSentiment(parsed), talkMetrics: null, durationMs: null, answers: null, ...extra };
}

function card(criteria: ScorecardDefinitionInput["criteria"], categories = [{ id: "greeting", name: "Greeting" }, { id: "compliance", name: "Compliance" }]) {
  return scorecardDefinitionSchema.parse({ name: "Test", categories, criteria });
}

const metrics = (over: Partial<TalkMetrics>): TalkMetrics => ({
  durationMs: 120_000,
  talkTimeMs: { agent: 60_000, customer: 40_000, speaker: 0 },
  talkRatio: 0.6,
  silenceMs: 20_000,
  silenceShare: 0.17,
  overtalkCount: 1,
  overtalkMs: 800,
  longestMonologueMs: 30_000,
  longestMonologueSpeaker: "agent",
  ...over,
});

describe("scorecard definitions", () => {
  it("gives every new project a valid default scorecard", () => {
    const def = defaultScorecard();
    expect(def.criteria.map((c) => c.id)).toEqual([
      "greeting",
      "identify-customer",
      "empathy",
      "resolution",
      "customer-sentiment",
      "balanced-conversation",
      "closing",
      "recording-disclosure",
      "no-forbidden-phrases",
    ]);
    expect(def.criteria.filter((c) => c.compliance).map((c) => c.id)).toEqual(["recording-disclosure", "no-forbidden-phrases"]);
  });

  it.each([
    ["an unknown check type", { type: "vibes" }, "criteria.0.check.type"],
    ["a phrase check without phrases", { type: "phrase", phrases: [] }, "criteria.0.check.phrases"],
    ["both time windows", { type: "phrase", phrases: ["hi"], withinFirstSeconds: 5, withinLastSeconds: 5 }, "criteria.0.check.withinLastSeconds"],
    ["a metric without bounds", { type: "metric", metric: "talkRatio" }, "criteria.0.check.min"],
    ["min above max", { type: "metric", metric: "talkRatio", min: 0.8, max: 0.2 }, "criteria.0.check.min"],
    ["an unknown metric", { type: "metric", metric: "vibes", min: 1 }, "criteria.0.check.metric"],
    ["a short question", { type: "question", question: "ok?" }, "criteria.0.check.question"],
  ])("refuses %s, naming the field", (_name, check, path) => {
    const result = scorecardDefinitionSchema.safeParse({
      name: "x",
      categories: [{ id: "greeting", name: "Greeting" }],
      criteria: [{ id: "c1", name: "C", category: "greeting", check }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("refuses repeated ids and criteria in unknown categories", () => {
    const result = scorecardDefinitionSchema.safeParse({
      name: "x",
      categories: [{ id: "greeting", name: "Greeting" }],
      criteria: [
        { id: "c1", name: "A", category: "greeting", check: { type: "question", question: "Was it a good call overall?" } },
        { id: "c1", name: "B", category: "upsell", check: { type: "question", question: "Was it a good call overall?" } },
      ],
    });
    expect(result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "criteria.1.id: repeats the criterion id c1",
      "criteria.1.category: names the category upsell, which is not in categories",
    ]);
  });
});

describe("criteria", () => {
  it("passes a greeting said by the agent early, with the words' times as evidence", () => {
    const [result] = evaluateCriteria(
      card([{ id: "greet", name: "Greets", category: "greeting", check: { type: "phrase", phrases: ["thanks for calling"], withinFirstSeconds: 10 } }]),
      input(SUPPORT_CALL),
    );
    expect(result).toMatchObject({ result: "passed", type: "phrase" });
    expect(result!.evidence[0]).toMatchObject({ segmentIndex: 0, quote: "Thank you for calling", startMs: 0, endMs: 1000 });
  });

  it("fails a phrase that was said only outside its window, or by the other speaker", () => {
    const results = evaluateCriteria(
      card([
        { id: "late", name: "Late", category: "greeting", check: { type: "phrase", phrases: ["my name is"], withinLastSeconds: 5 } },
        { id: "who", name: "Who", category: "greeting", check: { type: "phrase", phrases: ["thank you for calling"], speaker: "customer" } },
      ]),
      input(SUPPORT_CALL),
    );
    expect(results.map((r) => r.result)).toEqual(["failed", "failed"]);
    expect(results[0]!.explanation).toBe("The agent did not say “my name is” in the last 5 s.");
  });

  it("fails a forbidden phrase and points at where it was said", () => {
    const segments: TranscriptSegment[] = [
      ...SUPPORT_CALL.slice(0, 2),
      { speaker: "agent", startMs: 61_000, endMs: 63_000, text: "Look, calm down, that is not my problem.", words: [] },
    ];
    const [result] = evaluateCriteria(
      card([{ id: "rude", name: "No rudeness", category: "compliance", compliance: true, check: { type: "phrase", expect: "notSaid", phrases: ["calm down", "not my problem"] } }]),
      input(segments),
    );
    expect(result!.result).toBe("failed");
    expect(result!.evidence.map((e) => [e.segmentIndex, e.quote, e.startMs])).toEqual([
      [2, "calm down", 61_000],
      [2, "not my problem", 61_000],
    ]);
    expect(result!.explanation).toMatch(/said “calm down” at 1:01 \(and 1 more time\)/);
  });

  it("judges metrics against bounds, and calls them not applicable without audio", () => {
    const def = card([
      { id: "ratio", name: "Ratio", category: "greeting", check: { type: "metric", metric: "talkRatio", max: 0.5 } },
      { id: "mono", name: "Monologue", category: "greeting", check: { type: "metric", metric: "longestMonologueSeconds", max: 45 } },
    ]);
    const withAudio = evaluateCriteria(def, input(SUPPORT_CALL, { talkMetrics: metrics({}) }));
    expect(withAudio.map((r) => [r.result, r.value])).toEqual([
      ["failed", 0.6],
      ["passed", 30],
    ]);
    expect(withAudio[0]!.explanation).toBe("The agent's share of talk time was 60%; expected at most 50%.");
    expect(evaluateCriteria(def, input(SUPPORT_CALL)).map((r) => r.result)).toEqual(["not_applicable", "not_applicable"]);
  });

  it("reads the customer's mood at the end: the support call ends well, the reversed one does not", () => {
    const def = card([
      { id: "end", name: "End", category: "greeting", check: { type: "sentiment", speaker: "customer", rule: "endAtLeastNeutral" } },
      { id: "better", name: "Better", category: "greeting", check: { type: "sentiment", speaker: "customer", rule: "improves" } },
    ]);
    expect(evaluateCriteria(def, input(SUPPORT_CALL)).map((r) => r.result)).toEqual(["passed", "passed"]);
    const reversed = evaluateCriteria(def, input(reversedCall()));
    expect(reversed[1]!.result).toBe("failed");
    expect(reversed[1]!.evidence[0]!.segmentIndex).toBe(reversedCall().findLastIndex((s) => s.speaker === "customer"));
  });

  it("leaves questions out of the score without an LLM, and uses its answers when there is one", () => {
    const def = card([
      { id: "q", name: "Resolved", category: "greeting", weight: 5, check: { type: "question", question: "Was the issue resolved in the call?" } },
      { id: "greet", name: "Greets", category: "greeting", check: { type: "phrase", phrases: ["thank you for calling"] } },
    ]);
    const without = evaluateCriteria(def, input(SUPPORT_CALL));
    expect(without[0]).toMatchObject({ result: "not_evaluated" });
    expect(scoreResults(def, without).qualityScore).toBe(100);

    const answer: QuestionAnswer = { id: "q", answer: "no", explanation: "The refund was not confirmed.", evidence: { segmentIndex: 3, quote: "x", startMs: 1, endMs: 2 } };
    const withLlm = evaluateCriteria(def, input(SUPPORT_CALL, { answers: new Map([["q", answer]]) }));
    expect(withLlm[0]).toMatchObject({ result: "failed", explanation: "The refund was not confirmed.", evidence: [answer.evidence] });
    // 1 of 6 weight points.
    expect(scoreResults(def, withLlm).qualityScore).toBe(16.7);
  });
});

describe("criteria for some kinds of conversation", () => {
  it("are not applicable to the others, and say which they apply to", () => {
    const def = card([{ id: "disclose", name: "Disclosure", category: "compliance", compliance: true, appliesTo: ["call"], check: { type: "phrase", phrases: ["this call is recorded"] } }]);
    expect(evaluateCriteria(def, input(SUPPORT_CALL))[0]!.result).toBe("failed");
    const chat = evaluateCriteria(def, input(SUPPORT_CALL, { recordType: "chat" }))[0]!;
    expect(chat).toMatchObject({ result: "not_applicable", explanation: "Applies to calls only." });
    expect(scoreResults(def, [chat]).complianceStatus).toBe("passed");
    expect(scorecardDefinitionSchema.safeParse({ ...def, criteria: [{ ...def.criteria[0]!, appliesTo: [] }] }).success).toBe(false);
  });
});

describe("criteria required only in some conversations", () => {
  const routine = [
    { speaker: "agent", startMs: 0, endMs: 4000, text: "Hello, how can I help?", words: [] },
    { speaker: "customer", startMs: 4000, endMs: 8000, text: "I'd like to change my delivery address, please.", words: [] },
    { speaker: "agent", startMs: 8000, endMs: 12000, text: "Done. Have a good day.", words: [] },
  ];
  const empathy = card(
    [{ id: "empathy", name: "Empathy", category: "greeting", requiredWhen: { customerNegative: true }, check: { type: "phrase", phrases: ["I am sorry"], maxWordsBetween: 2 } }],
  );

  it("do not count a failure where the condition does not hold, and say why", () => {
    const [routineResult] = evaluateCriteria(empathy, input(routine));
    expect(routineResult).toMatchObject({ result: "not_applicable" });
    expect(routineResult!.explanation).toMatch(/^Not required: the customer was not negative at any point\. \(The agent did not say/);
    // The angry support call needs it; its agent apologises ("I'm so sorry").
    const angry = [...SUPPORT_CALL.slice(0, 2), { ...SUPPORT_CALL[2]!, text: "Right, let me look." }];
    expect(evaluateCriteria(empathy, input(angry))[0]!.result).toBe("failed");
  });

  it("still count a pass where they are not required", () => {
    const polite = [...routine.slice(0, 2), { ...routine[2]!, text: "I'm so very sorry for the wait. Done." }];
    expect(evaluateCriteria(empathy, input(polite))[0]).toMatchObject({ result: "passed" });
  });

  it("measure minCallSeconds on calls only", () => {
    const verify = card([{ id: "verify", name: "Verify", category: "greeting", requiredWhen: { minCallSeconds: 60 }, check: { type: "phrase", phrases: ["date of birth"] } }]);
    const short = evaluateCriteria(verify, input(routine))[0]!;
    expect(short).toMatchObject({ result: "not_applicable" });
    expect(short.explanation).toMatch(/^Not required: the call lasted 0:12, under 60 s\./);
    expect(evaluateCriteria(verify, input(routine, { durationMs: 95_000 }))[0]!.result).toBe("failed");
    expect(evaluateCriteria(verify, input(routine, { recordType: "chat" }))[0]!.result).toBe("failed");
  });

  it.each([
    [{ type: "phrase", phrases: ["hi"], maxWordsBetween: 4 }, undefined, "criteria.0.check.maxWordsBetween"],
    [{ type: "phrase", phrases: ["hi"], maxWordsBetween: 1.5 }, undefined, "criteria.0.check.maxWordsBetween"],
    [{ type: "phrase", phrases: ["hi"] }, { minCallSeconds: -5 }, "criteria.0.requiredWhen.minCallSeconds"],
    [{ type: "phrase", phrases: ["hi"] }, { whenMoonIsFull: true }, "criteria.0.requiredWhen"],
  ])("refuses %j with requiredWhen %j, naming the field", (check, requiredWhen, path) => {
    const result = scorecardDefinitionSchema.safeParse({
      name: "x",
      categories: [{ id: "greeting", name: "Greeting" }],
      criteria: [{ id: "c1", name: "C", category: "greeting", requiredWhen, check }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("the score", () => {
  const def: ScorecardDefinition = card([
    { id: "a", name: "A", category: "greeting", weight: 3, check: { type: "question", question: "Question number one?" } },
    { id: "b", name: "B", category: "greeting", weight: 1, improvement: "Do B.", check: { type: "question", question: "Question number two?" } },
    { id: "c", name: "C", category: "compliance", weight: 2, compliance: true, check: { type: "question", question: "Question number three?" } },
    { id: "d", name: "D", category: "compliance", weight: 2, check: { type: "question", question: "Question number four?" } },
  ]);
  const answered = (answers: Record<string, QuestionAnswer["answer"]>) =>
    evaluateCriteria(def, input(SUPPORT_CALL, { answers: new Map(Object.entries(answers).map(([id, answer]) => [id, { id, answer, evidence: null, explanation: `${id} ${answer}` }])) }));

  it("weighs passed against judged criteria, per category and overall, and lists improvements worst first", () => {
    const score = scoreResults(def, answered({ a: "yes", b: "no", c: "yes", d: "not_applicable" }));
    expect(score).toEqual({ qualityScore: 83.3, categories: { greeting: 75, compliance: 100 }, complianceStatus: "passed", improvements: ["Do B."] });
  });

  it("fails compliance when a compliance criterion fails, whatever the score", () => {
    const score = scoreResults(def, answered({ a: "yes", b: "yes", c: "no", d: "yes" }));
    expect(score.qualityScore).toBe(75);
    expect(score.complianceStatus).toBe("failed");
    expect(score.improvements).toEqual(["C: c no"]);
  });

  it("has no score when nothing could be judged", () => {
    expect(scoreResults(def, answered({ a: "not_applicable", b: "not_applicable", c: "not_applicable", d: "not_applicable" }))).toMatchObject({
      qualityScore: null,
      categories: {},
      complianceStatus: "passed",
    });
  });
});
