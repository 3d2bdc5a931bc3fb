import fs from "node:fs";
import path from "node:path";

export interface Seed {
  url: string;
  organizationId: string;
  email: string;
  password: string;
  apiKey: string;
}

/** The demo organization scripts/e2e-server.sh created for this run. */
export function readSeed(): Seed {
  return JSON.parse(fs.readFileSync(path.join(__dirname, ".state", "seed.json"), "utf8")) as Seed;
}

/** Random names keep tests independent of each other and of earlier runs. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
