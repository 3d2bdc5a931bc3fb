import fs from "node:fs";

/**
 * `next start` reads .env.local and .env itself; the CLI must see the same
 * settings, so it loads them the same way (existing variables win).
 */
export function loadEnvFiles(): void {
  for (const file of [".env.local", ".env"]) {
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}
