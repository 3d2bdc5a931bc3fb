import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

const API_ROOT = path.join(__dirname, "../../../app/api/v1");

/** Every route file under app/api/v1 with the HTTP methods it exports, as OpenAPI paths. */
function implementedOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const relative = path.relative(API_ROOT, dir).split(path.sep).join("/");
        if (relative.startsWith("[...")) continue; // the JSON 404 catch-all
        if (relative === "openapi.json") continue; // the document itself
        const apiPath = `/${relative.replace(/\[(\w+)\]/g, "{$1}")}`;
        const source = fs.readFileSync(full, "utf8");
        for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
          if (new RegExp(`export const ${method}\\b|export const \\{[^}]*\\b${method}\\b`).test(source)) {
            found.push(`${method.toLowerCase()} ${apiPath}`);
          }
        }
      }
    }
  };
  walk(API_ROOT);
  return found.sort();
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 and documents exactly the routes that exist", () => {
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths)
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`))
      .sort();
    expect(documented).toEqual(implementedOperations());
  });

  it("describes request bodies and list queries from the validating schemas", () => {
    const createProject = doc.paths["/projects"]!.post as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> } };
    const schema = createProject.requestBody.content["application/json"]!.schema;
    expect(schema.required).toEqual(["name"]);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["name", "description", "settings"]));
    const list = doc.paths["/projects"]!.get as { parameters: { name: string; schema: { maximum?: number } }[] };
    const pageSize = list.parameters.find((p) => p.name === "pageSize")!;
    expect(pageSize.schema.maximum).toBe(100);
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["page", "sort", "order", "from", "to"]));
  });

  it("marks public endpoints as needing no credentials", () => {
    expect((doc.paths["/health"]!.get as { security: unknown[] }).security).toEqual([]);
    expect((doc.paths["/projects"]!.get as { security: unknown[] }).security).not.toEqual([]);
  });
});
