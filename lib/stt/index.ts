import { type AppConfig, config, ConfigError } from "@/lib/config";
import { createDeepgramProvider } from "./deepgram";
import { createOpenAiCompatibleProvider } from "./openai-compatible";
import { createPocketSphinxProvider } from "./pocketsphinx";
import type { SttProvider } from "./types";

/** Hosted APIs that always want a key; self-hosted servers often have none. */
const HOSTED_OPENAI_APIS = new Set(["api.openai.com", "api.groq.com"]);

export type SttConfig = Pick<AppConfig, "STT_PROVIDER" | "STT_BASE_URL" | "STT_API_KEY" | "STT_MODEL" | "STT_TIMEOUT_SECONDS">;

/**
 * The configured speech-to-text provider. PocketSphinx needs nothing; the
 * network providers need their address or key, and say so at startup rather
 * than on the first recording.
 */
export function createSttProvider(cfg: SttConfig = config()): SttProvider {
  const timeoutMs = cfg.STT_TIMEOUT_SECONDS * 1000;
  switch (cfg.STT_PROVIDER) {
    case "pocketsphinx":
      return createPocketSphinxProvider({ timeoutMs });
    case "openai":
      if (!cfg.STT_BASE_URL) {
        throw new ConfigError(
          "STT_PROVIDER=openai needs STT_BASE_URL: https://api.openai.com for OpenAI, " +
            "https://api.groq.com/openai for Groq, or your faster-whisper / whisper.cpp server, e.g. http://localhost:8000",
        );
      }
      if (!cfg.STT_API_KEY && HOSTED_OPENAI_APIS.has(new URL(cfg.STT_BASE_URL).hostname)) {
        throw new ConfigError(`STT_PROVIDER=openai with ${cfg.STT_BASE_URL} needs STT_API_KEY`);
      }
      return createOpenAiCompatibleProvider({
        baseUrl: cfg.STT_BASE_URL,
        apiKey: cfg.STT_API_KEY,
        model: cfg.STT_MODEL,
        timeoutMs,
      });
    case "deepgram":
      if (!cfg.STT_API_KEY) {
        throw new ConfigError("STT_PROVIDER=deepgram needs STT_API_KEY: a Deepgram API key (console.deepgram.com)");
      }
      return createDeepgramProvider({
        apiKey: cfg.STT_API_KEY,
        baseUrl: cfg.STT_BASE_URL,
        model: cfg.STT_MODEL,
        timeoutMs,
      });
  }
}

export { type ChannelTrack, mergeChannelTracks, splitMonoTurns } from "./merge";
export { type CallChannels, type CallTranscript, transcribeCall, type TranscribeCallOptions } from "./transcribe-call";
export type { Segment, Speaker, SttErrorCode, SttInput, SttProvider, SttResult, SttWord } from "./types";
export { SttError } from "./types";
export { normaliseWords, wordErrorRate, type WerResult } from "./wer";
