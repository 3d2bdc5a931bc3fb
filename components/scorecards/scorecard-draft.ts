import {
  BUILT_IN_CATEGORIES,
  CONVERSATION_TYPES,
  type ConversationType,
  type METRICS,
  type SENTIMENT_RULES,
  type ScorecardDefinition,
  type ScorecardDefinitionInput,
} from "@/lib/scoring/scorecard-schema";

/**
 * The scorecard editor's state: what the inputs hold (numbers as the text
 * typed), with a stable key per row so errors and focus follow a criterion
 * when it moves. Pure, so it is tested without a browser.
 */
export type CheckType = "phrase" | "metric" | "sentiment" | "question";
export type TimeWindow = "anywhere" | "first" | "last";

export interface CategoryDraft {
  key: string;
  id: string;
  name: string;
  builtIn: boolean;
}

export interface CriterionDraft {
  key: string;
  /** Empty for a criterion not saved yet: its id is made from its name when saved. */
  id: string;
  name: string;
  description: string;
  category: string;
  weight: string;
  compliance: boolean;
  /** Empty: every kind of conversation. */
  appliesTo: ConversationType[];
  improvement: string;
  /** When it is required (requiredWhen); a failure elsewhere is not counted. */
  required: { customerNegative: boolean; minCallSeconds: string };
  checkType: CheckType;
  // One draft per check type, so switching type and back loses nothing typed.
  phrase: { phrases: string; expect: "said" | "notSaid"; speaker: "agent" | "customer" | "any"; window: TimeWindow; seconds: string; maxWordsBetween: string };
  metric: { metric: (typeof METRICS)[number]; min: string; max: string };
  sentiment: { speaker: "customer" | "agent" | "overall"; rule: (typeof SENTIMENT_RULES)[number] };
  question: { question: string };
}

export interface ScorecardDraft {
  name: string;
  passingScore: string;
  categories: CategoryDraft[];
  criteria: CriterionDraft[];
}

export type FieldErrors = Record<string, string[]>;

const isBuiltIn = (id: string) => (BUILT_IN_CATEGORIES as readonly string[]).includes(id);

const BUILT_IN_NAMES: Record<(typeof BUILT_IN_CATEGORIES)[number], string> = {
  greeting: "Greeting",
  problemResolution: "Problem resolution",
  professionalism: "Professionalism",
  closing: "Closing",
  compliance: "Compliance",
};

const numberText = (value: number | undefined) => (value === undefined ? "" : String(value));

function emptyChecks(): Pick<CriterionDraft, "phrase" | "metric" | "sentiment" | "question"> {
  return {
    phrase: { phrases: "", expect: "said", speaker: "agent", window: "anywhere", seconds: "", maxWordsBetween: "0" },
    metric: { metric: "talkRatio", min: "", max: "" },
    sentiment: { speaker: "customer", rule: "endAtLeastNeutral" },
    question: { question: "" },
  };
}

/** A stored scorecard as editor state. Built-in categories are always offered, even if a version left one out. */
export function definitionToDraft(definition: ScorecardDefinition): ScorecardDraft {
  const categories: CategoryDraft[] = definition.categories.map((c, i) => ({ key: `cat${i}`, id: c.id, name: c.name, builtIn: isBuiltIn(c.id) }));
  for (const id of BUILT_IN_CATEGORIES) {
    if (!categories.some((c) => c.id === id)) categories.push({ key: `cat-${id}`, id, name: BUILT_IN_NAMES[id], builtIn: true });
  }
  const criteria = definition.criteria.map((c, i): CriterionDraft => {
    const draft: CriterionDraft = {
      key: `crit${i}`,
      id: c.id,
      name: c.name,
      description: c.description ?? "",
      category: c.category,
      weight: String(c.weight),
      compliance: c.compliance,
      appliesTo: c.appliesTo ?? [],
      improvement: c.improvement ?? "",
      required: { customerNegative: c.requiredWhen?.customerNegative ?? false, minCallSeconds: numberText(c.requiredWhen?.minCallSeconds) },
      checkType: c.check.type,
      ...emptyChecks(),
    };
    const check = c.check;
    if (check.type === "phrase") {
      draft.phrase = {
        phrases: check.phrases.join("\n"),
        expect: check.expect,
        speaker: check.speaker,
        window: check.withinFirstSeconds !== undefined ? "first" : check.withinLastSeconds !== undefined ? "last" : "anywhere",
        seconds: numberText(check.withinFirstSeconds ?? check.withinLastSeconds),
        maxWordsBetween: String(check.maxWordsBetween),
      };
    } else if (check.type === "metric") {
      draft.metric = { metric: check.metric, min: numberText(check.min), max: numberText(check.max) };
    } else if (check.type === "sentiment") {
      draft.sentiment = { speaker: check.speaker, rule: check.rule };
    } else {
      draft.question = { question: check.question };
    }
    return draft;
  });
  return { name: definition.name, passingScore: String(definition.passingScore), categories, criteria };
}

/** What "Add criterion" starts from: a phrase the agent says anywhere, in the first category. */
export function newCriterion(key: string, categories: readonly CategoryDraft[], number: number): CriterionDraft {
  return {
    key,
    id: "",
    name: `New criterion ${number}`,
    description: "",
    category: categories.find((c) => c.id === "professionalism")?.id ?? categories[0]?.id ?? "professionalism",
    weight: "1",
    compliance: false,
    appliesTo: [],
    improvement: "",
    required: { customerNegative: false, minCallSeconds: "" },
    checkType: "phrase",
    ...emptyChecks(),
  };
}

/** criterion ids: lowercase words joined by hyphens, at most 63 characters. */
export function slugId(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return slug || "criterion";
}

/** category ids: camelCase starting with a letter, at most 40 characters. */
export function camelId(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const id = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40);
  return id || "custom";
}

/** `base`, or `base` with the smallest suffix that is not taken, still within `max` characters. */
export function uniqueId(base: string, taken: ReadonlySet<string>, max: number, separator: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `${separator}${n}`;
    const candidate = `${base.slice(0, max - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new custom category's id, fixed when it is added so criteria can point at it. */
export function newCategoryId(name: string, categories: readonly CategoryDraft[]): string {
  return uniqueId(camelId(name), new Set(categories.map((c) => c.id)), 40, "");
}

/** Ids for criteria not saved yet, made from their names; saved criteria keep theirs so analyses stay comparable. */
export function criterionIds(criteria: readonly CriterionDraft[]): string[] {
  const taken = new Set(criteria.filter((c) => c.id).map((c) => c.id));
  return criteria.map((c) => {
    if (c.id) return c.id;
    const id = uniqueId(slugId(c.name), taken, 63, "-");
    taken.add(id);
    return id;
  });
}

/** Empty is "not set"; anything else must read as a number. */
function parseNumber(text: string): number | undefined | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : "invalid";
}

/**
 * Editor state as the definition the service validates. Only what cannot be
 * sent as a number is caught here (with the service's paths); every other
 * rule is the service's, so the API and the editor report the same messages.
 */
export function draftToDefinition(draft: ScorecardDraft): { definition: ScorecardDefinitionInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  const number = (text: string, path: string, required: boolean): number | undefined => {
    const value = parseNumber(text);
    if (value === "invalid") add(path, "must be a number");
    else if (value === undefined && required) add(path, "is required");
    return value === "invalid" ? undefined : value;
  };
  const optionalText = (text: string) => (text.trim() === "" ? undefined : text.trim());

  const ids = criterionIds(draft.criteria);
  const passingScore = number(draft.passingScore, "passingScore", true);
  const definition: ScorecardDefinitionInput = {
    name: draft.name,
    passingScore,
    categories: draft.categories.map((c) => ({ id: c.id, name: c.name })),
    criteria: draft.criteria.map((c, i) => {
      const path = `criteria.${i}`;
      let check: ScorecardDefinitionInput["criteria"][number]["check"];
      if (c.checkType === "phrase") {
        const seconds = c.phrase.window === "anywhere" ? undefined : number(c.phrase.seconds, `${path}.check.${c.phrase.window === "first" ? "withinFirstSeconds" : "withinLastSeconds"}`, true);
        const maxWordsBetween = number(c.phrase.maxWordsBetween, `${path}.check.maxWordsBetween`, false);
        check = {
          type: "phrase",
          phrases: c.phrase.phrases
            .split("\n")
            .map((p) => p.trim())
            .filter(Boolean),
          expect: c.phrase.expect,
          speaker: c.phrase.speaker,
          ...(seconds === undefined ? {} : c.phrase.window === "first" ? { withinFirstSeconds: seconds } : { withinLastSeconds: seconds }),
          ...(maxWordsBetween === undefined ? {} : { maxWordsBetween }),
        };
      } else if (c.checkType === "metric") {
        const min = number(c.metric.min, `${path}.check.min`, false);
        const max = number(c.metric.max, `${path}.check.max`, false);
        check = { type: "metric", metric: c.metric.metric, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
      } else if (c.checkType === "sentiment") {
        check = { type: "sentiment", speaker: c.sentiment.speaker, rule: c.sentiment.rule };
      } else {
        check = { type: "question", question: c.question.question };
      }
      const description = optionalText(c.description);
      const improvement = optionalText(c.improvement);
      const minCallSeconds = number(c.required.minCallSeconds, `${path}.requiredWhen.minCallSeconds`, false);
      const requiredWhen = {
        ...(c.required.customerNegative ? { customerNegative: true } : {}),
        ...(minCallSeconds === undefined ? {} : { minCallSeconds }),
      };
      return {
        id: ids[i]!,
        name: c.name,
        ...(description === undefined ? {} : { description }),
        category: c.category,
        weight: number(c.weight, `${path}.weight`, true),
        compliance: c.compliance,
        // All three (or none) ticked means every kind: left out, as the schema's default.
        ...(c.appliesTo.length === 0 || c.appliesTo.length === CONVERSATION_TYPES.length ? {} : { appliesTo: [...c.appliesTo] }),
        ...(improvement === undefined ? {} : { improvement }),
        ...(Object.keys(requiredWhen).length === 0 ? {} : { requiredWhen }),
        check,
      };
    }),
  };
  return { definition, errors };
}

/** Form fields of one criterion that errors can point at. */
export type CriterionField =
  | "_"
  | "name"
  | "description"
  | "category"
  | "weight"
  | "compliance"
  | "appliesTo"
  | "improvement"
  | "requiredWhen"
  | "requiredWhen.minCallSeconds"
  | "check.type"
  | "check.phrases"
  | "check.expect"
  | "check.speaker"
  | "check.window"
  | "check.maxWordsBetween"
  | "check.metric"
  | "check.min"
  | "check.max"
  | "check.rule"
  | "check.question";

export const criterionFieldKey = (key: string, field: CriterionField) => `criterion:${key}:${field}`;
export const categoryFieldKey = (key: string) => `category:${key}:name`;

const CHECK_FIELDS: Record<string, CriterionField> = {
  type: "check.type",
  phrases: "check.phrases",
  expect: "check.expect",
  speaker: "check.speaker",
  withinFirstSeconds: "check.window",
  withinLastSeconds: "check.window",
  maxWordsBetween: "check.maxWordsBetween",
  metric: "check.metric",
  min: "check.min",
  max: "check.max",
  rule: "check.rule",
  question: "check.question",
};

const CRITERION_FIELDS: Record<string, CriterionField> = {
  // An id is made from the name, so a problem with it is the name's to fix.
  id: "name",
  name: "name",
  description: "description",
  category: "category",
  weight: "weight",
  compliance: "compliance",
  appliesTo: "appliesTo",
  improvement: "improvement",
};

function criterionField(rest: readonly string[]): CriterionField {
  const [head, sub] = rest;
  if (head === undefined) return "_";
  if (head === "check") return sub === undefined ? "check.type" : (CHECK_FIELDS[sub] ?? "_");
  if (head === "requiredWhen") return sub === "minCallSeconds" ? "requiredWhen.minCallSeconds" : "requiredWhen";
  return CRITERION_FIELDS[head] ?? "_";
}

export interface PlacedErrors {
  /** Keyed by the editor's fields: "name", "passingScore", "categories", "criteria", criterionFieldKey(), categoryFieldKey(). */
  fields: FieldErrors;
  /** Messages no field shows (whole-scorecard rules, unknown paths), with their path. */
  other: string[];
}

/**
 * Puts the service's field errors ("criteria.2.check.phrases.0") next to the
 * inputs of the draft they were made from. Rows are matched by position at the
 * time of saving and then kept by key, so moving a criterion keeps its errors.
 * `prefix` strips a wrapper, e.g. "definition." for the preview's input.
 */
export function placeErrors(serverFields: FieldErrors | undefined, draft: ScorecardDraft, prefix = ""): PlacedErrors {
  const fields: FieldErrors = {};
  const other: string[] = [];
  const put = (key: string, messages: readonly string[]) => (fields[key] ??= []).push(...messages);
  for (const [rawPath, messages] of Object.entries(serverFields ?? {})) {
    const path = prefix && rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    const [head, index, ...rest] = path.split(".");
    if ((head === "name" || head === "passingScore") && index === undefined) {
      put(head, messages);
    } else if ((head === "categories" || head === "criteria") && index === undefined) {
      put(head, messages);
    } else if (head === "categories" && draft.categories[Number(index)]) {
      put(categoryFieldKey(draft.categories[Number(index)]!.key), messages);
    } else if (head === "criteria" && draft.criteria[Number(index)]) {
      put(criterionFieldKey(draft.criteria[Number(index)]!.key, criterionField(rest)), messages);
    } else {
      other.push(...messages.map((m) => (path === "_" ? m : `${path}: ${m}`)));
    }
  }
  return { fields, other };
}

/** How many criteria use each category, so one in use is not removed from under them. */
export function categoryUsage(draft: ScorecardDraft): Map<string, number> {
  const usage = new Map<string, number>();
  for (const c of draft.criteria) usage.set(c.category, (usage.get(c.category) ?? 0) + 1);
  return usage;
}

/** Moves the row at `index` by `delta` (-1 up, +1 down); out of range leaves the list as it was. */
export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}
