import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../lib/api/openapi/document";
import { buildReferenceModel } from "./openapi-model";
import { flattenFields, schemaToFields, summarize, type JsonSchema, type SchemaField } from "./schema-fields";

function byPath(fields: SchemaField[], path: string): SchemaField {
  const field = flattenFields(fields).find((f) => f.path === path);
  if (!field) throw new Error(`no field ${path} in ${flattenFields(fields).map((f) => f.path).join(", ")}`);
  return field;
}

const projectBody: JsonSchema = {
  type: "object",
  required: ["name"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, maxLength: 100 },
    settings: {
      type: "object",
      default: {},
      additionalProperties: false,
      properties: {
        agentChannel: { type: "string", enum: ["left", "right"], default: "left" },
        redaction: {
          type: "object",
          default: {},
          properties: {
            enabled: { type: "boolean", default: false, description: "Mask personal data" },
            entities: { type: "array", maxItems: 4, items: { type: "string", enum: ["email", "phone"] } },
          },
          required: ["enabled"],
        },
        retentionDays: { default: null, anyOf: [{ type: "integer", minimum: 1, maximum: 3650 }, { type: "null" }] },
      },
    },
  },
};

describe("schemaToFields", () => {
  const fields = schemaToFields(projectBody);

  it("lists top-level fields with their required flags", () => {
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ["name", true],
      ["settings", false],
    ]);
    expect(byPath(fields, "name").constraints).toEqual(["1–100 characters"]);
  });

  it("recurses into nested objects with type, default and description", () => {
    const enabled = byPath(fields, "settings.redaction.enabled");
    expect(enabled).toMatchObject({ name: "enabled", type: "boolean", required: true, defaultValue: "false" });
    expect(enabled.description).toBe("Mask personal data");
    expect(byPath(fields, "settings.redaction").required).toBe(false);
    expect(byPath(fields, "settings").closed).toBe(true);
  });

  it("lists enum values, also of array items", () => {
    expect(byPath(fields, "settings.agentChannel")).toMatchObject({ enumValues: ['"left"', '"right"'], defaultValue: '"left"' });
    expect(byPath(fields, "settings.redaction.entities")).toMatchObject({
      type: "string[]",
      enumValues: ['"email"', '"phone"'],
      constraints: ["at most 4 items"],
    });
  });

  it("unwraps a nullable anyOf into its type with nullable set", () => {
    expect(byPath(fields, "settings.retentionDays")).toMatchObject({
      type: "integer",
      nullable: true,
      defaultValue: "null",
      constraints: ["between 1 and 3650"],
    });
  });

  it("keeps object alternatives of a union as variants and literals as one enum", () => {
    const union = summarize({
      anyOf: [
        { type: "object", properties: { kind: { const: "a" }, a: { type: "string" } }, required: ["kind"] },
        { type: "object", properties: { kind: { const: "b" }, b: { type: "integer" } } },
      ],
    });
    expect(union.type).toBe("object");
    expect(union.variants).toHaveLength(2);
    expect(union.variants[0]!.fields.map((f) => [f.name, f.required])).toEqual([
      ["kind", true],
      ["a", false],
    ]);
    expect(summarize({ oneOf: [{ const: "x" }, { const: "y" }] })).toMatchObject({ type: "string", enumValues: ['"x"', '"y"'] });
  });

  it("resolves $ref against the document and describes arrays of objects and records", () => {
    const root = { components: { schemas: { Meta: { type: "object", properties: { total: { type: "integer" } }, required: ["total"] } } } };
    const list = schemaToFields(
      {
        type: "object",
        properties: {
          data: { type: "array", items: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } },
          meta: { $ref: "#/components/schemas/Meta" },
          tags: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          at: { type: "string", format: "date-time", pattern: "^very-long$" },
        },
      },
      { root },
    );
    expect(byPath(list, "data")).toMatchObject({ type: "object[]" });
    expect(byPath(list, "data[].id")).toMatchObject({ type: "string", required: true });
    expect(byPath(list, "meta.total")).toMatchObject({ type: "integer", required: true });
    expect(byPath(list, "tags").type).toBe("record<string, string[]>");
    expect(byPath(list, "at")).toMatchObject({ type: "string", format: "date-time", constraints: [] });
  });

  it("leaves out the safe-integer bounds zod adds to every integer", () => {
    const n = Number.MAX_SAFE_INTEGER;
    expect(summarize({ type: "integer", minimum: -n, maximum: n }).constraints).toEqual([]);
    expect(summarize({ type: "integer", minimum: 0, maximum: n }).constraints).toEqual(["≥ 0"]);
  });
});

describe("buildReferenceModel on the real document", () => {
  const model = buildReferenceModel(buildOpenApiDocument());
  const operations = model.tags.flatMap((t) => t.operations);
  const op = (method: string, path: string) => {
    const found = operations.find((o) => o.method === method && o.path === path);
    if (!found) throw new Error(`no ${method} ${path}`);
    return found;
  };

  it("groups every operation under its tag", () => {
    expect(model.baseUrl).toBe("/api/v1");
    expect(model.tags.map((t) => t.name)).toContain("Projects");
    expect(op("get", "/health").authRequired).toBe(false);
    expect(op("get", "/projects").authRequired).toBe(true);
  });

  it("shows project settings defaults in the create body", () => {
    const body = op("post", "/projects").requestBody!;
    expect(byPath(body.fields, "name").required).toBe(true);
    expect(byPath(body.fields, "settings.redaction.enabled")).toMatchObject({ type: "boolean", defaultValue: "false" });
  });

  it("summarizes list parameters and the paginated envelope", () => {
    const list = op("get", "/projects");
    const pageSize = list.parameters.find((p) => p.name === "pageSize")!;
    expect(pageSize.schema).toMatchObject({ type: "integer", defaultValue: "20", constraints: ["between 1 and 100"] });
    expect(list.parameters.find((p) => p.name === "X-Selected-Org-ID")?.in).toBe("header");
    expect(byPath(list.success!.fields, "meta.pageSize").type).toBe("integer");
    expect(byPath(list.success!.fields, "data[].settings.agentChannel").enumValues).toEqual(['"left"', '"right"']);
    expect(list.errors.map((e) => e.status)).toEqual(expect.arrayContaining(["400", "401", "429"]));
  });
});
