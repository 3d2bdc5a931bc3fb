import { createHmac } from "node:crypto";
import { safeEqual } from "../../auth/secrets";

/**
 * Ingest deliveries are signed the way Callscope signs its own webhooks:
 * `X-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, or, to refuse
 * replays, `X-Signature-Timestamp: <unix seconds>` with
 * `X-Signature-V2: sha256=<hex HMAC of "<timestamp>.<raw body>">`.
 * When both are sent, the timestamped one decides.
 */
export const SIGNATURE_HEADER = "x-signature";
export const SIGNATURE_V2_HEADER = "x-signature-v2";
export const SIGNATURE_TIMESTAMP_HEADER = "x-signature-timestamp";
/** How far a V2 timestamp may be from our clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = "valid" | "missing" | "mismatch" | "stale";

function hmacHex(secret: string, ...parts: (string | Buffer)[]): string {
  const hmac = createHmac("sha256", secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
}

export function hasSignatureHeaders(headers: Headers): boolean {
  return headers.has(SIGNATURE_HEADER) || headers.has(SIGNATURE_V2_HEADER);
}

/** The headers a sender attaches; the CLI, the docs' example and the tests use it. */
export function signIngestBody(secret: string, body: string | Buffer, timestampSeconds?: number): Record<string, string> {
  const headers: Record<string, string> = { "X-Signature": `sha256=${hmacHex(secret, body)}` };
  if (timestampSeconds !== undefined) {
    headers["X-Signature-Timestamp"] = String(timestampSeconds);
    headers["X-Signature-V2"] = `sha256=${hmacHex(secret, `${timestampSeconds}.`, body)}`;
  }
  return headers;
}

export function verifyIngestSignature(secret: string, body: Buffer, headers: Headers, nowMs = Date.now()): SignatureCheck {
  const v2 = headers.get(SIGNATURE_V2_HEADER)?.trim();
  if (v2) {
    const timestamp = headers.get(SIGNATURE_TIMESTAMP_HEADER)?.trim() ?? "";
    if (!/^\d{1,12}$/.test(timestamp)) return "mismatch";
    if (!safeEqual(v2.toLowerCase(), `sha256=${hmacHex(secret, `${timestamp}.`, body)}`)) return "mismatch";
    return Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS ? "stale" : "valid";
  }
  const v1 = headers.get(SIGNATURE_HEADER)?.trim();
  if (!v1) return "missing";
  return safeEqual(v1.toLowerCase(), `sha256=${hmacHex(secret, body)}`) ? "valid" : "mismatch";
}
