/**
 * Turns a JSON Schema (as emitted by zod's toJSONSchema into the OpenAPI
 * document) into a flat summary per node and a nested field list, so the
 * reference page renders plain data and this logic stays testable.
 */

export type JsonSchema = { [key: string]: unknown };

export interface SchemaSummary {
  /** Readable type: `string`, `integer`, `string[]`, `object[]`, `record<string, unknown>`, `string | integer`. */
  type: string;
  format?: string;
  nullable: boolean;
  description?: string;
  /** Allowed values (of the items, for arrays), JSON-encoded: `"left"`, `true`. */
  enumValues?: string[];
  /** JSON-encoded default. */
  defaultValue?: string;
  examples?: string[];
  /** Human-readable limits: `1–100 characters`, `between 1 and 3650`, `at most 4 items`. */
  constraints: string[];
  /** Fields of an object, or of the objects in an array. */
  children: SchemaField[];
  /** Object alternatives of an anyOf/oneOf, each with its fields. */
  variants: SchemaVariant[];
  /** Unknown keys are refused (`additionalProperties: false`). */
  closed: boolean;
}

export interface SchemaField extends SchemaSummary {
  name: string;
  /** Dotted path from the root: `settings.redaction.enabled`, `organizations[].id`. */
  path: string;
  required: boolean;
}

export interface SchemaVariant {
  label: string;
  fields: SchemaField[];
}

export interface SchemaOptions {
  /** The document `$ref`s point into (`#/components/schemas/...`). Defaults to the schema itself. */
  root?: unknown;
}

const MAX_DEPTH = 12;

interface Walk {
  root: unknown;
  self: unknown;
  depth: number;
  refs: ReadonlySet<string>;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref.slice(1).split("/").filter(Boolean);
  let node: unknown = doc;
  for (const raw of parts) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isSchema(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Follows `$ref` chains; sibling keywords (a description beside the ref) win over the target's. */
function deref(schema: JsonSchema, walk: Walk): { schema: JsonSchema; refs: ReadonlySet<string> } {
  let current = schema;
  let refs = walk.refs;
  while (typeof current.$ref === "string") {
    const ref = current.$ref;
    if (refs.has(ref)) return { schema: { type: "object", description: `(recursive: ${ref})` }, refs };
    const target = pointer(walk.root, ref) ?? pointer(walk.self, ref);
    refs = new Set([...refs, ref]);
    if (!isSchema(target)) return { schema: { description: `(unresolved: ${ref})` }, refs };
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return { schema: current, refs };
}

const json = (value: unknown) => JSON.stringify(value);

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === "string");
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ["object"];
  if (schema.items) return ["array"];
  if ("const" in schema) return [schema.const === null ? "null" : typeof schema.const === "number" ? "number" : typeof schema.const];
  return [];
}

function range(min: unknown, max: unknown, unit: (n: number) => string): string | undefined {
  const lo = typeof min === "number" ? min : undefined;
  const hi = typeof max === "number" ? max : undefined;
  if (lo !== undefined && hi !== undefined) return lo === hi ? `exactly ${unit(lo)}` : `${lo}–${unit(hi)}`;
  if (hi !== undefined) return `at most ${unit(hi)}`;
  if (lo !== undefined && lo > 0) return `at least ${unit(lo)}`;
  return undefined;
}

const plural = (word: string) => (n: number) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** zod's `.int()` emits ±MAX_SAFE_INTEGER bounds, which say nothing to a reader. */
function bound(value: unknown): number | undefined {
  return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
}

function scalarConstraints(schema: JsonSchema, hasFormat: boolean): string[] {
  const out: string[] = [];
  const [minimum, maximum] = [bound(schema.minimum), bound(schema.maximum)];
  const [exclusiveMinimum, exclusiveMaximum] = [bound(schema.exclusiveMinimum), bound(schema.exclusiveMaximum)];
  if (typeof minimum === "number" && typeof maximum === "number") out.push(`between ${minimum} and ${maximum}`);
  else if (typeof minimum === "number") out.push(`≥ ${minimum}`);
  else if (typeof maximum === "number") out.push(`≤ ${maximum}`);
  if (typeof exclusiveMinimum === "number") out.push(`> ${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === "number") out.push(`< ${exclusiveMaximum}`);
  if (typeof schema.multipleOf === "number") out.push(`multiple of ${schema.multipleOf}`);
  const length = range(schema.minLength, schema.maxLength, plural("character"));
  if (length) out.push(length);
  // A format (date-time, email) already says what its long generated pattern says.
  if (typeof schema.pattern === "string" && !hasFormat) out.push(`pattern ${schema.pattern}`);
  return out;
}

function emptySummary(type: string): SchemaSummary {
  return { type, nullable: false, constraints: [], children: [], variants: [], closed: false };
}

function summarizeAlternatives(options: unknown[], walk: Walk, path: string): SchemaSummary {
  const resolved = options.filter(isSchema).map((o) => summarizeNode(o, walk, path));
  const nonNull = resolved.filter((s) => s.type !== "null");
  const nullable = nonNull.length < resolved.length || nonNull.some((s) => s.nullable);
  if (nonNull.length === 1) return { ...nonNull[0]!, nullable };
  const types = [...new Set(nonNull.map((s) => s.type))];
  const base = { ...emptySummary(types.join(" | ") || "any"), nullable };
  // Several literals (`z.union([z.literal("a"), z.literal("b")])`) read best as one enum.
  if (nonNull.length > 0 && nonNull.every((s) => s.enumValues && s.children.length === 0)) {
    base.enumValues = [...new Set(nonNull.flatMap((s) => s.enumValues ?? []))];
  }
  base.variants = nonNull
    .map((s, i) => ({ label: `Option ${i + 1}: ${s.type}${s.description ? ` (${s.description})` : ""}`, fields: s.children }))
    .filter((v) => v.fields.length > 0);
  return base;
}

function objectFields(schema: JsonSchema, walk: Walk, parentPath: string): SchemaField[] {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties)
    .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
    .map(([name, child]) => {
      const path = parentPath ? `${parentPath}.${name}` : name;
      return { ...summarizeNode(child, walk, path), name, path, required: required.has(name) };
    });
}

function mergeAllOf(schema: JsonSchema): JsonSchema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  let merged: JsonSchema = { ...rest };
  for (const part of allOf.filter(isSchema)) {
    merged = {
      ...part,
      ...merged,
      properties: { ...(isSchema(part.properties) ? part.properties : {}), ...(isSchema(merged.properties) ? merged.properties : {}) },
      required: [...(Array.isArray(part.required) ? part.required : []), ...(Array.isArray(merged.required) ? merged.required : [])],
    };
  }
  return merged;
}

/** One schema node, with `$ref`, anyOf/oneOf (incl. nullable), allOf, enum/const, arrays and objects handled. */
export function summarize(schema: JsonSchema, options: SchemaOptions = {}): SchemaSummary {
  return summarizeNode(schema, { root: options.root ?? schema, self: schema, depth: 0, refs: new Set() }, "");
}

function summarizeNode(input: JsonSchema, state: Walk, path: string): SchemaSummary {
  if (state.depth > MAX_DEPTH) return emptySummary("object");
  const { schema: derefed, refs } = deref(input, state);
  const schema = mergeAllOf(derefed);
  const next: Walk = { ...state, depth: state.depth + 1, refs };

  const alternatives = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  const summary = alternatives ? summarizeAlternatives(alternatives, next, path) : summarizeTyped(schema, next, path);

  if (typeof schema.description === "string") summary.description = schema.description;
  if ("default" in schema) summary.defaultValue = json(schema.default);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) summary.examples = schema.examples.map(json);
  return summary;
}

function summarizeTyped(schema: JsonSchema, walk: Walk, path: string): SchemaSummary {
  const types = typesOf(schema);
  const nonNull = types.filter((t) => t !== "null");
  const summary = emptySummary(nonNull.join(" | ") || (types.length ? "null" : "any"));
  summary.nullable = types.includes("null") && nonNull.length > 0;

  if ("const" in schema) summary.enumValues = [json(schema.const)];
  else if (Array.isArray(schema.enum)) {
    summary.enumValues = schema.enum.filter((v) => v !== null).map(json);
    if (schema.enum.includes(null)) summary.nullable = true;
  }
  if (typeof schema.format === "string") summary.format = schema.format;

  if (nonNull.length === 1 && nonNull[0] === "array") {
    const items = isSchema(schema.items) ? summarizeNode(schema.items, walk, `${path}[]`) : emptySummary("any");
    const itemType = items.type.includes(" ") ? `(${items.type})` : items.type;
    summary.type = `${itemType}${items.format ? `<${items.format}>` : ""}[]`;
    summary.enumValues ??= items.enumValues;
    summary.children = items.children;
    summary.variants = items.variants;
    summary.closed = items.closed;
    const count = range(schema.minItems, schema.maxItems, plural("item"));
    if (count) summary.constraints.push(count);
    if (schema.uniqueItems === true) summary.constraints.push("no duplicates");
    summary.constraints.push(...items.constraints.map((c) => `each ${c}`));
    return summary;
  }

  if (nonNull.length === 1 && nonNull[0] === "object") {
    summary.children = objectFields(schema, walk, path);
    summary.closed = schema.additionalProperties === false;
    const extra = schema.additionalProperties;
    if (summary.children.length === 0 && extra !== undefined && extra !== false) {
      const values = isSchema(extra) ? summarizeNode(extra, walk, `${path}.*`) : emptySummary("any");
      summary.type = `record<string, ${values.type === "any" ? "unknown" : values.type}>`;
      summary.children = values.children;
    }
    return summary;
  }

  summary.constraints.push(...scalarConstraints(schema, summary.format !== undefined));
  return summary;
}

/** The fields of an object schema (or of the objects in an array schema), nested. */
export function schemaToFields(schema: JsonSchema, options: SchemaOptions = {}): SchemaField[] {
  return summarize(schema, options).children;
}

/** Every field of a nested list, depth first, for lookups and tests. */
export function flattenFields(fields: SchemaField[]): SchemaField[] {
  return fields.flatMap((f) => [f, ...flattenFields(f.children), ...f.variants.flatMap((v) => flattenFields(v.fields))]);
}
