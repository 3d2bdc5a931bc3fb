import { NonRetriableError } from "inngest";
import { describe, expect, it } from "vitest";
import { AudioError } from "../../lib/audio/errors";
import { SttError } from "../../lib/stt/types";
import { asPipelineError } from "./pipeline-errors";

describe("which pipeline failures are retried", () => {
  it.each([
    ["a silent recording", new AudioError("SILENT", "the recording is silent"), undefined, true],
    ["a missing engine", new SttError("ENGINE_MISSING", "apt-get install pocketsphinx"), undefined, true],
    ["an unsupported language", new SttError("UNSUPPORTED_LANGUAGE", "no model"), undefined, true],
    ["a rejected key", new SttError("PROVIDER_ERROR", "401", { status: 401 }), "openai", true],
    ["a rate limit", new SttError("PROVIDER_ERROR", "429", { status: 429 }), "openai", false],
    ["a server error", new SttError("PROVIDER_ERROR", "502", { status: 502 }), "deepgram", false],
    ["a slow network provider", new SttError("TIMEOUT", "timed out"), "openai", false],
    ["PocketSphinx out of time", new SttError("TIMEOUT", "timed out"), "pocketsphinx", true],
    ["anything else", new Error("disk full"), undefined, false],
  ])("%s", (_label, error, provider, final) => {
    const mapped = asPipelineError(error, provider);
    expect(mapped instanceof NonRetriableError).toBe(final);
    if (final) expect((mapped as Error).message).toBe(error.message);
  });
});
