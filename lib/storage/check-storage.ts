import fs from "node:fs/promises";
import path from "node:path";
import { config } from "../config";

/** Readiness: the object store accepts a write and a delete. */
export async function checkStorage(): Promise<void> {
  const dir = config().objectsDir;
  await fs.mkdir(dir, { recursive: true });
  const probe = path.join(dir, `.readiness-${process.pid}-${Date.now()}`);
  await fs.writeFile(probe, "ok");
  await fs.rm(probe, { force: true });
}
