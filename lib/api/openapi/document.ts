import { z } from "zod";
import { allOperations } from "../contracts";
import type { ApiOperation } from "./operation";

type JsonSchema = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input; `error.details.fields` names each field",
  401: "Missing, invalid, revoked or expired credentials",
  402: "`BUDGET_EXCEEDED`: the organization's monthly budget is spent; the message says how much and what to do",
  403: "Your role does not allow this",
  404: "Not found (also for another organization's resources)",
  409: "Conflicts with the current state",
  413: "Body too large",
  415: "Body is not JSON",
  429: "Rate limit exceeded; see Retry-After",
  500: "Unexpected failure; quote the request id",
  503: "A dependency is unavailable",
};

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema;
  return json;
}

function queryParameters(op: ApiOperation) {
  if (!op.query) return [];
  const json = toJsonSchema(op.query, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
    schema,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    description: m[1] === "id" ? "The resource's id, as returned when it was created" : undefined,
    schema: { type: "string" },
  }));
}

function successResponse(op: ApiOperation) {
  if (op.binaryResponse) {
    const types = Array.isArray(op.binaryResponse) ? op.binaryResponse : [op.binaryResponse];
    const content = Object.fromEntries(types.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]));
    return { description: "The file (206 with Content-Range for a Range request)", content };
  }
  const data = op.response ? toJsonSchema(op.response, "output") : {};
  const envelope: JsonSchema = op.paginated
    ? {
        type: "object",
        required: ["data", "meta"],
        properties: {
          data: { type: "array", items: data },
          meta: op.meta ? { allOf: [{ $ref: "#/components/schemas/ListMeta" }, toJsonSchema(op.meta, "output")] } : { $ref: "#/components/schemas/ListMeta" },
        },
      }
    : { type: "object", required: ["data"], properties: { data } };
  return { description: "Success", content: { "application/json": { schema: envelope } } };
}

function errorResponses(op: ApiOperation) {
  const statuses = new Set(op.errors ?? []);
  // Only endpoints that take input can refuse it.
  if (op.query || op.body || op.multipart) statuses.add(400);
  statuses.add(500);
  if (op.auth !== "none") {
    statuses.add(401);
    statuses.add(403);
    statuses.add(429);
  }
  const responses: Record<string, unknown> = {};
  for (const status of [...statuses].sort()) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return responses;
}

function operationObject(op: ApiOperation) {
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    security: op.auth === "none" ? [] : [{ bearer: [] }, { session: [] }],
    parameters: [
      ...pathParameters(op.path),
      ...queryParameters(op),
      ...(op.auth === "none"
        ? []
        : [
            {
              name: "X-Selected-Org-ID",
              in: "header",
              required: false,
              description: "The organization to act in, for users in several. API keys are bound to theirs.",
              schema: { type: "string" },
            },
          ]),
    ],
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toJsonSchema(op.body, "input") } } } }
      : {}),
    ...(op.multipart ? { requestBody: { required: true, content: { "multipart/form-data": { schema: op.multipart } } } } : {}),
    responses: { [String(op.successStatus ?? 200)]: successResponse(op), ...errorResponses(op) },
  };
}

/** The OpenAPI 3.1 document, built from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of allOperations) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Callscope API",
      version: "1.0.0",
      description:
        "Calls, chats and emails in; transcripts, QA scores and insights out. JSON in and out, `{data, meta}` on success, `{error: {code, message, details}}` on failure, 200 requests per minute per client, `X-Request-Id` on every response.",
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(allOperations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key (csk_...) or an access token from /auth/login" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The dashboard's session" },
      },
      schemas: {
        ListMeta: {
          type: "object",
          required: ["page", "pageSize", "total"],
          properties: { page: { type: "integer" }, pageSize: { type: "integer" }, total: { type: "integer" } },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message", "requestId"],
              properties: {
                code: { type: "string", examples: ["VALIDATION_ERROR", "NOT_FOUND"] },
                message: { type: "string" },
                details: {
                  type: "object",
                  properties: {
                    fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
                  },
                },
                requestId: { type: "string" },
              },
            },
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
