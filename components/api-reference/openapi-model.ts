import { schemaToFields, summarize, type JsonSchema, type SchemaField, type SchemaSummary } from "./schema-fields";

/**
 * The OpenAPI document reshaped for reading: operations grouped by tag, in
 * document order, with parameters, bodies and responses already summarized.
 */

export interface ParameterView {
  name: string;
  in: string;
  required: boolean;
  schema: SchemaSummary;
}

export interface ResponseView {
  status: string;
  description: string;
}

export interface OperationView {
  /** Anchor id, from operationId. */
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  authRequired: boolean;
  parameters: ParameterView[];
  requestBody?: { required: boolean; contentType: string; schema: SchemaSummary; fields: SchemaField[] };
  success?: ResponseView & { fields: SchemaField[] };
  errors: ResponseView[];
}

export interface TagView {
  name: string;
  id: string;
  operations: OperationView[];
}

export interface ReferenceModel {
  title: string;
  version: string;
  description?: string;
  baseUrl: string;
  tags: TagView[];
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function asRecord(value: unknown): JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : {};
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function jsonSchemaOf(content: unknown): { contentType: string; schema: JsonSchema } | undefined {
  const entries = Object.entries(asRecord(content));
  const [contentType, media] = entries.find(([type]) => type.includes("json")) ?? entries[0] ?? [];
  if (!contentType) return undefined;
  return { contentType, schema: asRecord(asRecord(media).schema) };
}

function parameterView(raw: unknown, root: unknown): ParameterView {
  const param = asRecord(raw);
  const schema = summarize(asRecord(param.schema), { root });
  // The parameter's own description wins over its schema's.
  const description = str(param.description) ?? schema.description;
  return {
    name: str(param.name) ?? "",
    in: str(param.in) ?? "query",
    required: param.required === true,
    schema: { ...schema, ...(description ? { description } : {}) },
  };
}

function operationView(method: string, path: string, raw: JsonSchema, root: unknown): OperationView {
  const responses = Object.entries(asRecord(raw.responses));
  const successEntry = responses.find(([status]) => status.startsWith("2"));
  const success = successEntry
    ? (() => {
        const [status, response] = successEntry;
        const body = jsonSchemaOf(asRecord(response).content);
        return {
          status,
          description: str(asRecord(response).description) ?? "",
          fields: body ? schemaToFields(body.schema, { root }) : [],
        };
      })()
    : undefined;
  const body = asRecord(raw.requestBody);
  const bodySchema = jsonSchemaOf(body.content);
  const security = Array.isArray(raw.security) ? raw.security : asRecord(root).security;

  return {
    id: str(raw.operationId) ?? slugify(`${method} ${path}`),
    method,
    path,
    summary: str(raw.summary) ?? "",
    description: str(raw.description),
    authRequired: Array.isArray(security) && security.length > 0,
    parameters: (Array.isArray(raw.parameters) ? raw.parameters : []).map((p) => parameterView(p, root)),
    requestBody: bodySchema
      ? {
          required: body.required === true,
          contentType: bodySchema.contentType,
          schema: summarize(bodySchema.schema, { root }),
          fields: schemaToFields(bodySchema.schema, { root }),
        }
      : undefined,
    success,
    errors: responses
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, response]) => ({ status, description: str(asRecord(response).description) ?? "" })),
  };
}

export function buildReferenceModel(document: unknown): ReferenceModel {
  const doc = asRecord(document);
  const info = asRecord(doc.info);
  const declaredTags = (Array.isArray(doc.tags) ? doc.tags : []).map((t) => str(asRecord(t).name)).filter(Boolean) as string[];
  const byTag = new Map<string, OperationView[]>(declaredTags.map((name) => [name, []]));

  for (const [path, item] of Object.entries(asRecord(doc.paths))) {
    for (const method of METHODS) {
      const raw = asRecord(item)[method];
      if (!raw) continue;
      const op = asRecord(raw);
      const tag = str((Array.isArray(op.tags) ? op.tags : [])[0]) ?? "Other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push(operationView(method, path, op, doc));
    }
  }

  return {
    title: str(info.title) ?? "API",
    version: str(info.version) ?? "",
    description: str(info.description),
    baseUrl: str(asRecord((Array.isArray(doc.servers) ? doc.servers : [])[0]).url) ?? "/",
    tags: [...byTag]
      .filter(([, operations]) => operations.length > 0)
      .map(([name, operations]) => ({ name, id: `tag-${slugify(name)}`, operations })),
  };
}
