import type { z } from "zod";
import { validationError } from "../errors";

/**
 * Turns zod issues into `{ fields: { "settings.language": ["..."] } }`.
 * Issues without a path (whole-object rules) are reported under "_".
 */
export function zodIssuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join(".");
        (fields[path] ??= []).push("is not a known field");
      }
      continue;
    }
    const path = issue.path.length ? issue.path.map(String).join(".") : "_";
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(zodIssuesToFields(result.error.issues));
  return result.data;
}
