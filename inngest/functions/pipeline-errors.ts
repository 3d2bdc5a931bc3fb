import { NonRetriableError } from "inngest";
import { AudioError } from "../../lib/audio/errors";
import { SttError } from "../../lib/stt/types";

/**
 * Failures that no retry can fix (not audio, silent, an engine that is not
 * installed, an unsupported language) end the run at once with their message,
 * which becomes the record's error. Anything else is retried.
 */
export function asPipelineError(error: unknown): unknown {
  if (error instanceof AudioError) return new NonRetriableError(error.message, { cause: error });
  if (error instanceof SttError && (error.code === "ENGINE_MISSING" || error.code === "UNSUPPORTED_LANGUAGE")) {
    return new NonRetriableError(error.message, { cause: error });
  }
  return error;
}
