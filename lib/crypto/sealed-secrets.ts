import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret, config } from "../config";

/**
 * Secrets Callscope must be able to read back (the ingest secret it verifies
 * HMAC signatures with, a Bitrix24 token, later webhook signing secrets) are
 * sealed with AES-256-GCM rather than hashed. The key is SECRETS_KEY when set,
 * else derived from AUTH_SECRET with HKDF, so an embedded install needs no new
 * setting. Changing that key makes sealed values unreadable: they must be set
 * again (docs/adr/0008-sealed-integration-secrets.md).
 *
 * Format: `v1.<iv>.<ciphertext+tag>`, base64url. `context` is bound as
 * additional data, so a value sealed for one purpose or organization cannot
 * be swapped into another row and still open.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealedSecretError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "SealedSecretError";
  }
}

let cachedKey: { source: string; key: Buffer } | undefined;

function sealingKey(): Buffer {
  const source = config().SECRETS_KEY ?? authSecret();
  if (cachedKey?.source !== source) {
    const derived = hkdfSync("sha256", source, "callscope", "sealed-secrets/v1", 32);
    cachedKey = { source, key: Buffer.from(derived) };
  }
  return cachedKey.key;
}

export function sealSecret(plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

export function openSecret(sealed: string, context: string): string {
  const [version, ivText, bodyText] = sealed.split(".");
  if (version !== VERSION || !ivText || !bodyText) throw new SealedSecretError("Not a sealed secret");
  const iv = Buffer.from(ivText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new SealedSecretError("Not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(), iv);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch (error) {
    throw new SealedSecretError(
      "A stored secret could not be opened: SECRETS_KEY or AUTH_SECRET changed since it was saved. Set the secret again.",
      { cause: error },
    );
  }
}
