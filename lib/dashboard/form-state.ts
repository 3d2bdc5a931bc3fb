import "server-only";

import { unstable_rethrow } from "next/navigation";
import { AppError } from "../errors";
import { describeError, log } from "../log";

/** What a dashboard server action hands back to its form (through useActionState). */
export interface FormState<T = undefined> {
  ok?: boolean;
  /** One sentence for the whole form. */
  error?: string;
  /** Messages per field, keyed like the service reports them ("name", "settings.language"). */
  fields?: Record<string, string[]>;
  /** A success notice. */
  message?: string;
  /** What the action produced, e.g. a secret shown once. */
  data?: T;
}

const GENERIC_ERROR = "Something went wrong. Please try again.";

function fieldsOf(error: AppError): Record<string, string[]> | undefined {
  const fields = error.details?.fields;
  if (!fields || typeof fields !== "object") return undefined;
  return fields as Record<string, string[]>;
}

/**
 * Turns whatever an action caught into form state. Next's own control-flow
 * errors (redirect, notFound) are re-thrown so they still work; anything that
 * is not an AppError is logged and shown as a generic message, never a stack.
 */
export function formError<T = undefined>(error: unknown): FormState<T> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    if (error.code === "VALIDATION_ERROR") {
      return { ok: false, error: "Please correct the highlighted fields.", fields: fieldsOf(error) };
    }
    return { ok: false, error: error.message, fields: fieldsOf(error) };
  }
  log.error("dashboard action failed", describeError(error));
  return { ok: false, error: GENERIC_ERROR };
}
