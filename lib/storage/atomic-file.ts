import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** The temp name for `destPath`: hidden (keys cannot start with "."), unique, same directory. */
export function tempPathFor(destPath: string): string {
  return path.join(path.dirname(destPath), `.${path.basename(destPath)}.${randomUUID()}.tmp`);
}

/**
 * Runs `write` against a temp file beside `destPath` and renames it into place
 * only when it succeeded. Rename within one directory is atomic, so a reader
 * sees the old file or the whole new one, never half of it; on failure the
 * temp file is removed and `destPath` is untouched.
 */
export async function writeAtomically(destPath: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = tempPathFor(destPath);
  try {
    await write(temp);
    await fs.rename(temp, destPath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
