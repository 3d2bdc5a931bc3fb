import { describe, expect, it } from "vitest";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { scorecardDefinitionSchema, type ScorecardDefinition } from "@/lib/scoring/scorecard-schema";
import { zodIssuesToFields } from "@/lib/services/parse-input";
import {
  camelId,
  categoryFieldKey,
  categoryUsage,
  criterionFieldKey,
  criterionIds,
  definitionToDraft,
  draftToDefinition,
  move,
  newCategoryId,
  newCriterion,
  placeErrors,
  slugId,
  uniqueId,
} from "./scorecard-draft";

const MIXED: ScorecardDefinition = scorecardDefinitionSchema.parse({
  name: "Mixed",
  passingScore: 65,
  categories: [
    { id: "greeting", name: "Hello" },
    { id: "upsell", name: "Upselling" },
  ],
  criteria: [
    { id: "hi", name: "Says hi", description: "Opens politely", category: "greeting", check: { type: "phrase", phrases: ["hello", "good morning"], withinFirstSeconds: 20 } },
    { id: "bye", name: "Says bye", category: "greeting", weight: 2, check: { type: "phrase", phrases: ["goodbye"], speaker: "any", withinLastSeconds: 30 } },
    { id: "swear", name: "No swearing", category: "greeting", compliance: true, check: { type: "phrase", phrases: ["damn"], expect: "notSaid" } },
    { id: "talk", name: "Balanced", category: "upsell", weight: 0.5, check: { type: "metric", metric: "talkRatio", min: 0.2, max: 0.8 } },
    { id: "short", name: "Short", category: "upsell", check: { type: "metric", metric: "durationSeconds", max: 600 } },
    { id: "mood", name: "Mood", category: "upsell", improvement: "Be nicer.", check: { type: "sentiment", speaker: "overall", rule: "improves" } },
    { id: "offer", name: "Offers upgrade", category: "upsell", check: { type: "question", question: "Did the agent offer the premium plan?" } },
  ],
});

describe("draft ↔ definition", () => {
  it("round-trips every kind of check without changing the definition", () => {
    for (const definition of [defaultScorecard(), MIXED]) {
      const { definition: back, errors } = draftToDefinition(definitionToDraft(definition));
      expect(errors).toEqual({});
      const reparsed = scorecardDefinitionSchema.parse(back);
      // The built-in categories a version left out are offered again, so compare everything else.
      expect({ ...reparsed, categories: reparsed.categories.slice(0, definition.categories.length) }).toEqual(definition);
    }
  });

  it("always offers the built-in categories and marks which are built in", () => {
    const draft = definitionToDraft(MIXED);
    expect(draft.categories.map((c) => [c.id, c.builtIn])).toEqual([
      ["greeting", true],
      ["upsell", false],
      ["problemResolution", true],
      ["professionalism", true],
      ["closing", true],
      ["compliance", true],
    ]);
    expect(draft.categories[0]!.name).toBe("Hello");
  });

  it("reads the time window and the phrases of a phrase check", () => {
    const [hi, bye, swear] = definitionToDraft(MIXED).criteria;
    expect(hi!.phrase).toEqual({ phrases: "hello\ngood morning", expect: "said", speaker: "agent", window: "first", seconds: "20", maxWordsBetween: "0" });
    expect(bye!.phrase).toMatchObject({ window: "last", seconds: "30", speaker: "any" });
    expect(swear!.phrase).toMatchObject({ window: "anywhere", seconds: "", expect: "notSaid" });
  });

  it("sends one phrase per non-empty line and leaves out empty optional text", () => {
    const draft = definitionToDraft(MIXED);
    draft.criteria[0] = { ...draft.criteria[0]!, description: "  ", improvement: "", phrase: { ...draft.criteria[0]!.phrase, phrases: " hi there \n\n  hey\n", window: "anywhere" } };
    const criterion = draftToDefinition(draft).definition.criteria[0]!;
    expect(criterion.check).toEqual({ type: "phrase", phrases: ["hi there", "hey"], expect: "said", speaker: "agent", maxWordsBetween: 0 });
    expect(criterion).not.toHaveProperty("description");
    expect(criterion).not.toHaveProperty("improvement");
  });

  it("keeps the other check types' drafts when the type changes", () => {
    const draft = definitionToDraft(MIXED);
    const talk = { ...draft.criteria[3]!, checkType: "question" as const, question: { question: "Was the agent polite throughout?" } };
    expect(talk.metric).toEqual({ metric: "talkRatio", min: "0.2", max: "0.8" });
    draft.criteria[3] = talk;
    expect(draftToDefinition(draft).definition.criteria[3]!.check).toEqual({ type: "question", question: "Was the agent polite throughout?" });
    draft.criteria[3] = { ...talk, checkType: "metric" };
    expect(draftToDefinition(draft).definition.criteria[3]!.check).toEqual({ type: "metric", metric: "talkRatio", min: 0.2, max: 0.8 });
  });

  it("reports numbers that are missing or not numbers with the service's paths", () => {
    const draft = definitionToDraft(MIXED);
    draft.passingScore = "";
    draft.criteria[1] = { ...draft.criteria[1]!, weight: "heavy", phrase: { ...draft.criteria[1]!.phrase, seconds: " " } };
    draft.criteria[3] = { ...draft.criteria[3]!, metric: { metric: "talkRatio", min: "abc", max: "" } };
    const { errors, definition } = draftToDefinition(draft);
    expect(errors).toEqual({
      passingScore: ["is required"],
      "criteria.1.weight": ["must be a number"],
      "criteria.1.check.withinLastSeconds": ["is required"],
      "criteria.3.check.min": ["must be a number"],
    });
    expect(definition.criteria[3]!.check).toEqual({ type: "metric", metric: "talkRatio" });
  });
});

describe("ids", () => {
  it("makes criterion ids from names", () => {
    expect(slugId("Says “Thank you” — politely!")).toBe("says-thank-you-politely");
    expect(slugId("Crème brûlée")).toBe("creme-brulee");
    expect(slugId("!!!")).toBe("criterion");
    expect(slugId("a".repeat(80))).toHaveLength(63);
  });

  it("makes category ids in camelCase starting with a letter", () => {
    expect(camelId("Upselling & cross-selling")).toBe("upsellingCrossSelling");
    expect(camelId("2nd line")).toBe("ndLine");
    expect(camelId("ПРИВЕТ")).toBe("custom");
    expect(camelId("x".repeat(50))).toHaveLength(40);
  });

  it("adds the smallest free suffix within the length limit", () => {
    expect(uniqueId("a", new Set(), 10, "-")).toBe("a");
    expect(uniqueId("a", new Set(["a", "a-2"]), 10, "-")).toBe("a-3");
    expect(uniqueId("abcdefghij", new Set(["abcdefghij"]), 10, "-")).toBe("abcdefgh-2");
  });

  it("keeps saved ids and gives new criteria unique ones", () => {
    const draft = definitionToDraft(MIXED);
    const a = { ...newCriterion("n1", draft.categories, 8), name: "Says hi" };
    const b = { ...newCriterion("n2", draft.categories, 9), name: "Says hi" };
    expect(criterionIds([...draft.criteria, a, b]).slice(-3)).toEqual(["offer", "says-hi", "says-hi-2"]);
  });

  it("gives a new category an id no other category has", () => {
    const draft = definitionToDraft(MIXED);
    expect(newCategoryId("Upsell", draft.categories)).toBe("upsell2");
    expect(newCategoryId("Retention offers", draft.categories)).toBe("retentionOffers");
  });
});

describe("a new criterion", () => {
  it("starts as a valid phrase check except for its phrases", () => {
    const draft = definitionToDraft(defaultScorecard());
    const added = newCriterion("n0", draft.categories, 10);
    expect(added).toMatchObject({ name: "New criterion 10", category: "professionalism", weight: "1", compliance: false, checkType: "phrase" });
    draft.criteria.push(added);
    const result = scorecardDefinitionSchema.safeParse(draftToDefinition(draft).definition);
    expect(result.success).toBe(false);
    expect(zodIssuesToFields(result.error!.issues)).toEqual({ "criteria.9.check.phrases": ["needs at least one phrase"] });
  });
});

describe("placeErrors", () => {
  const draft = definitionToDraft(MIXED);
  const key = (i: number) => draft.criteria[i]!.key;

  it("puts each of the service's paths next to its input", () => {
    const placed = placeErrors(
      {
        name: ["is required"],
        passingScore: ["must be at most 100"],
        "categories.1.name": ["too long"],
        "categories.0.id": ["repeats"],
        criteria: ["must have at most 100 criteria"],
        "criteria.0.check.phrases.1": ["must not be empty"],
        "criteria.1.check.withinLastSeconds": ["use withinFirstSeconds or withinLastSeconds, not both"],
        "criteria.2.id": ["repeats the criterion id swear"],
        "criteria.3.check.min": ["must not be above max"],
        "criteria.3.check": ["Invalid input"],
        "criteria.4.weight": ["must be more than 0"],
        "criteria.5.check.rule": ["Invalid option"],
        "criteria.6.check.question": ["must be at least 10 characters"],
        "criteria.6.bogus": ["is not a known field"],
      },
      draft,
    );
    expect(placed.fields).toEqual({
      name: ["is required"],
      passingScore: ["must be at most 100"],
      [categoryFieldKey(draft.categories[1]!.key)]: ["too long"],
      [categoryFieldKey(draft.categories[0]!.key)]: ["repeats"],
      criteria: ["must have at most 100 criteria"],
      [criterionFieldKey(key(0), "check.phrases")]: ["must not be empty"],
      [criterionFieldKey(key(1), "check.window")]: ["use withinFirstSeconds or withinLastSeconds, not both"],
      [criterionFieldKey(key(2), "name")]: ["repeats the criterion id swear"],
      [criterionFieldKey(key(3), "check.min")]: ["must not be above max"],
      [criterionFieldKey(key(3), "check.type")]: ["Invalid input"],
      [criterionFieldKey(key(4), "weight")]: ["must be more than 0"],
      [criterionFieldKey(key(5), "check.rule")]: ["Invalid option"],
      [criterionFieldKey(key(6), "check.question")]: ["must be at least 10 characters"],
      [criterionFieldKey(key(6), "_")]: ["is not a known field"],
    });
    expect(placed.other).toEqual([]);
  });

  it("strips a wrapper's prefix and keeps what no field shows", () => {
    const placed = placeErrors(
      { "definition.criteria.0.name": ["is required"], _: ["Invalid input"], "criteria.99.name": ["is required"], "definition.extra": ["is not a known field"] },
      draft,
      "definition.",
    );
    expect(placed.fields).toEqual({ [criterionFieldKey(key(0), "name")]: ["is required"] });
    expect(placed.other).toEqual(["Invalid input", "criteria.99.name: is required", "extra: is not a known field"]);
  });

  it("follows a criterion by key after it moves", () => {
    const placed = placeErrors({ "criteria.0.name": ["is required"] }, draft);
    const moved = move(draft.criteria, 0, 1);
    expect(moved[1]!.key).toBe(key(0));
    expect(placed.fields[criterionFieldKey(moved[1]!.key, "name")]).toEqual(["is required"]);
  });

  it("handles no errors at all", () => {
    expect(placeErrors(undefined, draft)).toEqual({ fields: {}, other: [] });
  });
});

describe("lists", () => {
  it("moves a row up or down and ignores moves past the ends", () => {
    expect(move(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("counts the criteria in each category", () => {
    expect(Object.fromEntries(categoryUsage(definitionToDraft(MIXED)))).toEqual({ greeting: 3, upsell: 4 });
  });
});

describe("which conversations a criterion applies to", () => {
  it("keeps a limit through the editor, and stores all three ticked as no limit", () => {
    const definition = defaultScorecard();
    const draft = definitionToDraft(definition);
    const disclosure = draft.criteria.find((c) => c.id === "recording-disclosure")!;
    expect(disclosure.appliesTo).toEqual(["call"]);
    const back = draftToDefinition(draft).definition;
    expect(back.criteria.find((c) => c.id === "recording-disclosure")!.appliesTo).toEqual(["call"]);
    disclosure.appliesTo = ["call", "chat", "email"];
    expect(draftToDefinition(draft).definition.criteria.find((c) => c.id === "recording-disclosure")).not.toHaveProperty("appliesTo");
  });
});

describe("when a criterion is required", () => {
  it("keeps the default scorecard's conditions and phrase gaps through the editor", () => {
    const definition = defaultScorecard();
    const draft = definitionToDraft(definition);
    const empathy = draft.criteria.find((c) => c.id === "empathy")!;
    expect(empathy.required).toEqual({ customerNegative: true, minCallSeconds: "" });
    expect(empathy.phrase.maxWordsBetween).toBe("2");
    expect(draft.criteria.find((c) => c.id === "identify-customer")!.required).toEqual({ customerNegative: false, minCallSeconds: "60" });
    // Nothing is lost or added on the way back.
    expect(scorecardDefinitionSchema.parse(draftToDefinition(draft).definition)).toEqual(definition);
  });

  it("leaves requiredWhen out when nothing is set, and reports a number that is not one at its path", () => {
    const draft = definitionToDraft(defaultScorecard());
    const index = draft.criteria.findIndex((c) => c.id === "empathy");
    draft.criteria[index] = { ...draft.criteria[index]!, required: { customerNegative: false, minCallSeconds: "" } };
    expect(draftToDefinition(draft).definition.criteria[index]).not.toHaveProperty("requiredWhen");
    draft.criteria[index] = { ...draft.criteria[index]!, required: { customerNegative: false, minCallSeconds: "a minute" } };
    expect(draftToDefinition(draft).errors).toEqual({ [`criteria.${index}.requiredWhen.minCallSeconds`]: ["must be a number"] });
    const placed = placeErrors({ [`criteria.${index}.requiredWhen.minCallSeconds`]: ["must be more than 0"] }, draft);
    expect(placed.fields[criterionFieldKey(draft.criteria[index]!.key, "requiredWhen.minCallSeconds")]).toEqual(["must be more than 0"]);
  });
});
