import { config } from "./config";

/**
 * One JSON line per event on stdout/stderr, easy to ship anywhere. Callers pass
 * ids and codes, never request bodies or headers: keys and passwords must not
 * reach a log.
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

function emit(level: Level, message: string, fields: Record<string, unknown> = {}) {
  let threshold: number = LEVELS.info;
  try {
    threshold = LEVELS[config().LOG_LEVEL];
  } catch {
    // A broken configuration is reported elsewhere; keep logging at info.
  }
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => emit("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => emit("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => emit("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => emit("error", message, fields),
};

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { errorName: error.name, errorMessage: error.message, stack: error.stack };
  return { error: String(error) };
}
