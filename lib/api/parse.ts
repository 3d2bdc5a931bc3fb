import type { z } from "zod";
import { AppError } from "../errors";
import { parseInput } from "../services/parse-input";

/** JSON bodies are small (settings, names); uploads take another path. */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * Reads a JSON body: 415 for another content type, 413 when too large, 400
 * when it is not JSON. Validation of the shape is the service's job.
 */
export async function readJson(req: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const contentType = req.headers.get("content-type") ?? "";
  const declaredLength = Number(req.headers.get("content-length") ?? "0");
  if (options.optional && !contentType && (!declaredLength || Number.isNaN(declaredLength))) return {};
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json");
  }
  if (declaredLength > MAX_JSON_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The JSON body is larger than ${MAX_JSON_BYTES} bytes`);
  }
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The JSON body is larger than ${MAX_JSON_BYTES} bytes`);
  }
  if (!text.trim()) {
    if (options.optional) return {};
    throw new AppError("INVALID_JSON", "The request body is empty; send a JSON object");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("INVALID_JSON", "The request body is not valid JSON", {
      reason: error instanceof Error ? error.message : "unparseable",
    });
  }
}

/** Query strings become an object (last value wins) and go through the schema; bad values are 400. */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] = value;
  return parseInput(schema, raw);
}
