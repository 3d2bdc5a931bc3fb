import { z } from "zod";

/**
 * A QA scorecard (the AICA documents call it an analysis profile): criteria in
 * categories, each with a weight and exactly one kind of check. Stored as JSON
 * per project and version; validated on every write and every read.
 */
export const BUILT_IN_CATEGORIES = ["greeting", "problemResolution", "professionalism", "closing", "compliance"] as const;

const categoryId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, "must be a camelCase id such as greeting or upsell (letters and digits, 40 at most)");
const criterionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be a lowercase id such as greeting or no-forbidden-phrases");
const seconds = z.number("must be a number of seconds").positive("must be more than 0").max(86_400, "must be at most 86400");

export const SPEAKERS = ["agent", "customer", "any"] as const;
/** The same values as a record's type (db/schema/records.ts). */
export const CONVERSATION_TYPES = ["call", "chat", "email"] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const phraseCheck = z
  .strictObject({
    type: z.literal("phrase"),
    /** Matched with stemming and simple variants ("thanks for calling" ≈ "thank you for calling"). */
    phrases: z.array(z.string().trim().min(1, "must not be empty").max(200)).min(1, "needs at least one phrase").max(50),
    /** said: one of them must be said to pass; notSaid: saying any of them fails. */
    expect: z.enum(["said", "notSaid"]).default("said"),
    speaker: z.enum(SPEAKERS).default("agent"),
    withinFirstSeconds: seconds.optional(),
    withinLastSeconds: seconds.optional(),
    /** Words allowed between a phrase's words ("I am sorry" ≈ "I'm so very sorry" with 2); never a negation. */
    maxWordsBetween: z.number().int("must be a whole number").min(0, "must be 0 or more").max(3, "must be at most 3").default(0),
  })
  .refine((c) => !(c.withinFirstSeconds && c.withinLastSeconds), {
    message: "use withinFirstSeconds or withinLastSeconds, not both",
    path: ["withinLastSeconds"],
  });

export const METRICS = ["talkRatio", "silenceShare", "longestMonologueSeconds", "overtalkCount", "durationSeconds"] as const;
export type MetricName = (typeof METRICS)[number];

export const metricCheck = z
  .strictObject({
    type: z.literal("metric"),
    /** talkRatio: the agent's share of talk time, 0..1; silenceShare 0..1. */
    metric: z.enum(METRICS),
    min: z.number().min(0).optional(),
    max: z.number().min(0).optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, { message: "needs min, max or both", path: ["min"] })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, { message: "must not be above max", path: ["min"] });

export const SENTIMENT_RULES = ["endAtLeastNeutral", "endPositive", "improves", "notWorse", "overallAtLeastNeutral"] as const;
export type SentimentRule = (typeof SENTIMENT_RULES)[number];

export const sentimentCheck = z.strictObject({
  type: z.literal("sentiment"),
  speaker: z.enum(["customer", "agent", "overall"]).default("customer"),
  /**
   * endAtLeastNeutral: the last third is not negative; endPositive: it is positive;
   * improves: better at the end than at the start; notWorse: not worse at the end;
   * overallAtLeastNeutral: the whole conversation is not negative.
   */
  rule: z.enum(SENTIMENT_RULES),
});

export const questionCheck = z.strictObject({
  type: z.literal("question"),
  /** Answered yes / no / not applicable by the LLM, with a quote as evidence. Yes passes. */
  question: z.string().trim().min(10, "must be at least 10 characters").max(500, "must be at most 500 characters"),
});

export const criterionCheck = z.discriminatedUnion("type", [phraseCheck, metricCheck, sentimentCheck, questionCheck]);
export type CriterionCheck = z.infer<typeof criterionCheck>;

export const criterionSchema = z.strictObject({
  id: criterionId,
  name: z.string().trim().min(1, "is required").max(120),
  description: z.string().trim().max(500).optional(),
  category: categoryId,
  /** Relative weight in the score; 0 < weight ≤ 100. */
  weight: z.number().positive("must be more than 0").max(100, "must be at most 100").default(1),
  /** A failed compliance criterion makes the whole analysis fail compliance. */
  compliance: z.boolean().default(false),
  /** The kinds of conversation it applies to; for the others it is not applicable. All when left out. */
  appliesTo: z.array(z.enum(CONVERSATION_TYPES)).min(1, "needs at least one type, or leave it out for all").max(3).optional(),
  /**
   * When it is required; where these do not hold, a failure is not counted
   * (not applicable) and a pass still is. All given must hold.
   */
  requiredWhen: z
    .strictObject({
      /** Only when the customer was negative in at least one turn (empathy, apologies). */
      customerNegative: z.boolean().optional(),
      /** Only on calls at least this long (verification on a call that drops or is a wrong number); chats and emails always. */
      minCallSeconds: seconds.optional(),
    })
    .optional(),
  /** What to tell the agent when it fails; a sentence is written from the check otherwise. */
  improvement: z.string().trim().min(1).max(300).optional(),
  check: criterionCheck,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const scorecardDefinitionSchema = z
  .strictObject({
    name: z.string().trim().min(1, "is required").max(120),
    /** Scores below this are "low" (review queues sort them first). */
    passingScore: z.number().min(0).max(100).default(70),
    categories: z
      .array(z.strictObject({ id: categoryId, name: z.string().trim().min(1).max(80) }))
      .min(1, "needs at least one category")
      .max(30),
    criteria: z.array(criterionSchema).min(1, "needs at least one criterion").max(100, "must have at most 100 criteria"),
  })
  .superRefine((card, ctx) => {
    const categories = new Set<string>();
    card.categories.forEach((c, i) => {
      if (categories.has(c.id)) ctx.addIssue({ code: "custom", message: `repeats the category id ${c.id}`, path: ["categories", i, "id"] });
      categories.add(c.id);
    });
    const ids = new Set<string>();
    card.criteria.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", message: `repeats the criterion id ${c.id}`, path: ["criteria", i, "id"] });
      ids.add(c.id);
      if (!categories.has(c.category)) {
        ctx.addIssue({ code: "custom", message: `names the category ${c.category}, which is not in categories`, path: ["criteria", i, "category"] });
      }
    });
  });

export type ScorecardDefinition = z.infer<typeof scorecardDefinitionSchema>;
/** What a client sends: defaults not yet applied. */
export type ScorecardDefinitionInput = z.input<typeof scorecardDefinitionSchema>;
