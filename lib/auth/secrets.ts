import { createHash, timingSafeEqual } from "node:crypto";
import { randomBase62 } from "../ids";

/** sha256 hex: for high-entropy tokens (keys, invitation and refresh tokens), not passwords. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const API_KEY_PREFIX = "csk_";
export const REFRESH_TOKEN_PREFIX = "csr_";
export const INVITATION_TOKEN_PREFIX = "csi_";

/** 32 base62 characters = 190 bits. */
export function generateSecret(prefix: string): string {
  return `${prefix}${randomBase62(32)}`;
}

/** The part of an API key that is safe to show again: prefix plus 8 characters. */
export function visibleKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 8);
}
