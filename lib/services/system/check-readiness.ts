import type { Db } from "../../../db/client";
import { pingDatabase } from "../../../db/client";
import { checkStorage } from "../../storage/check-storage";

type CheckResult = { status: "ok" | "error"; latencyMs: number; message?: string };

async function timed(check: () => Promise<void>): Promise<CheckResult> {
  const started = performance.now();
  try {
    await check();
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Say which dependency failed, not its connection string or stack.
    const message = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : "failed";
    return { status: "error", latencyMs: Math.round(performance.now() - started), message };
  }
}

export async function checkReadiness(getDb: () => Promise<Db>) {
  const checks = {
    database: await timed(async () => pingDatabase(await getDb())),
    storage: await timed(checkStorage),
  };
  const ready = Object.values(checks).every((c) => c.status === "ok");
  return { status: ready ? ("ready" as const) : ("not_ready" as const), checks };
}
