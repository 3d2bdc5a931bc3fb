import { NonRetriableError } from "inngest";
import { AudioError } from "../../lib/audio/errors";
import { SttError } from "../../lib/stt/types";

/** 4xx answers that another try will not change; 408 and 429 are worth retrying. */
function isPermanentHttpStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * Failures that no retry can fix (not audio, silent, an engine that is not
 * installed, an unsupported language, a provider refusing the request, or the
 * local engine running out of time on a call it will never finish faster)
 * end the run at once with their message, which becomes the record's error.
 * Anything else (a provider that is down or slow) is retried.
 */
export function asPipelineError(error: unknown, providerName?: string): unknown {
  const final = (e: Error) => new NonRetriableError(e.message, { cause: e });
  if (error instanceof AudioError) return final(error);
  if (error instanceof SttError) {
    if (error.code === "ENGINE_MISSING" || error.code === "UNSUPPORTED_LANGUAGE") return final(error);
    if (error.code === "PROVIDER_ERROR" && isPermanentHttpStatus(error.status)) return final(error);
    if (error.code === "TIMEOUT" && providerName === "pocketsphinx") return final(error);
  }
  return error;
}
