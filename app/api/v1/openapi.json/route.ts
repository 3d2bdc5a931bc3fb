// GET /api/v1/openapi.json – the OpenAPI 3.1 document, generated from the request schemas
import { withPublic } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";

let cached: string | undefined;

export const GET = withPublic(
  async () => {
    cached ??= JSON.stringify(buildOpenApiDocument());
    return new Response(cached, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
    });
  },
  { rateLimit: false },
);
