import { createHmac } from "node:crypto";
import { authSecret } from "../../config";
import { safeEqual } from "../../auth/secrets";

/**
 * Export downloads work like S3 presigned URLs: the link itself is the
 * permission, for a short time, so a browser, curl or a spreadsheet can fetch
 * it without credentials. The token is `<expiry in unix seconds>.<HMAC>`, the
 * HMAC-SHA256 of the export, its organization and that expiry under a key
 * derived from AUTH_SECRET (labelled, so it differs from every other use).
 * Nothing is stored: rotating AUTH_SECRET voids every link at once.
 */
function mac(exportId: string, orgId: string, expiresAtSeconds: number): string {
  const key = createHmac("sha256", authSecret()).update("callscope:export-download").digest();
  return createHmac("sha256", key).update(`${exportId}\n${orgId}\n${expiresAtSeconds}`).digest("base64url");
}

export function signDownloadToken(input: { exportId: string; orgId: string; expiresAt: Date }): string {
  const seconds = Math.floor(input.expiresAt.getTime() / 1000);
  return `${seconds}.${mac(input.exportId, input.orgId, seconds)}`;
}

export type TokenCheck = "valid" | "expired" | "invalid";

export function checkDownloadToken(token: string, input: { exportId: string; orgId: string }, now = new Date()): TokenCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return "invalid";
  const seconds = Number(match[1]);
  if (!safeEqual(match[2]!, mac(input.exportId, input.orgId, seconds))) return "invalid";
  return seconds * 1000 > now.getTime() ? "valid" : "expired";
}
