import { signIngestBody } from "../ingest/ingest-signature";

/**
 * The signature headers of one delivery attempt. Callscope signs what it
 * sends exactly as it checks what it receives on /records/ingest:
 * `X-Signature: sha256=<hex HMAC-SHA256 of the body>` (the seed document's
 * scheme), and `X-Signature-V2` over "<timestamp>.<body>" with
 * `X-Signature-Timestamp`, so a receiver can refuse an old message replayed.
 */
export function webhookSignatureHeaders(secret: string, body: string, timestampSeconds: number): Record<string, string> {
  return signIngestBody(secret, body, timestampSeconds);
}
