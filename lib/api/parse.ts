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

/**
 * Reads a small body as bytes, as it came: signatures are computed over the
 * exact bytes, so nothing may re-encode it first. Stops reading past
 * `maxBytes` (413) whether or not Content-Length said so.
 */
export async function readRawBody(req: Request, maxBytes = MAX_JSON_BYTES): Promise<Buffer> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes`);
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
