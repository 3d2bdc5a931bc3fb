import { AppError, validationError } from "../../errors";
import { parseInput } from "../parse-input";
import { parseBitrix24CallEnd, type Bitrix24CallEnd } from "./bitrix24-event";
import { genericIngestPayload, type GenericIngestPayload } from "./ingest-schemas";

/** One delivery to `POST /records/ingest`, in whichever format its sender speaks. */
export type IngestDelivery =
  | { format: "generic"; payload: GenericIngestPayload }
  | { format: "bitrix24"; call: Bitrix24CallEnd; applicationToken: string | null };

/**
 * Bitrix24 posts its events as a form with bracketed keys
 * (`data[CALL_ID]=…&auth[application_token]=…`); this makes the nested
 * object a JSON sender would have sent. Repeated keys: the last wins.
 */
export function parseBracketedForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.match(/^([^[\]]+)((?:\[[^[\]]*\])*)$/);
    if (!path) continue;
    const names = [path[1]!, ...[...path[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node = out;
    for (const name of names.slice(0, -1)) {
      const next = node[name];
      node = (node[name] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
    }
    node[names.at(-1)!] = value;
  }
  return out;
}

/** The body as an object: JSON, or a form (what Bitrix24 sends). */
export function readDeliveryBody(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString("utf8");
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) return parseBracketedForm(text);
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the delivery as JSON (Content-Type: application/json) or, from Bitrix24, as a form (application/x-www-form-urlencoded)",
    );
  }
  if (!text.trim()) throw new AppError("INVALID_JSON", "The request body is empty; send a JSON object");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_JSON", "The request body is not valid JSON");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw validationError({ _: ["must be a JSON object"] });
  return json as Record<string, unknown>;
}

const BITRIX24_CALL_END = "ONVOXIMPLANTCALLEND";

/** A Bitrix24 event names itself in `event`; anything else is the generic format. */
export function toDelivery(body: Record<string, unknown>): IngestDelivery {
  if (typeof body.event === "string") {
    if (body.event.toUpperCase() !== BITRIX24_CALL_END) {
      throw validationError(
        { event: [`is ${body.event}; Callscope handles the Bitrix24 event ${BITRIX24_CALL_END} (a call ended)`] },
        "Unsupported Bitrix24 event",
      );
    }
    const auth = body.auth && typeof body.auth === "object" ? (body.auth as Record<string, unknown>) : {};
    const token = typeof auth.application_token === "string" ? auth.application_token : null;
    return { format: "bitrix24", call: parseBitrix24CallEnd(body), applicationToken: token };
  }
  return { format: "generic", payload: parseInput(genericIngestPayload, body) };
}
