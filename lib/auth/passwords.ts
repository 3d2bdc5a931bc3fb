import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** Long enough to matter, short enough that argon2 cannot be used to burn CPU. */
export const passwordSchema = z
  .string()
  .min(8, "must be at least 8 characters")
  .max(128, "must be at most 128 characters");

export function hashPassword(password: string): Promise<string> {
  // argon2id with the library defaults (19 MiB, 2 passes): OWASP's baseline.
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody knows, checked when the email is unknown so a
 * missing account takes as long to refuse as a wrong password.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("callscope-decoy-password-never-matches");
  await verifyPassword(await decoyHash, password);
  return false;
}
