import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A private temp directory for one step, removed afterwards whatever happens. */
export async function withWorkDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "callscope-job-"));
  try {
    return await run(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
