import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config";
import { createSttProvider, type SttConfig } from "./index";

const base: SttConfig = {
  STT_PROVIDER: "pocketsphinx",
  STT_BASE_URL: undefined,
  STT_API_KEY: undefined,
  STT_MODEL: undefined,
  STT_TIMEOUT_SECONDS: 600,
};

describe("createSttProvider", () => {
  it.each<[string, Partial<SttConfig>, string]>([
    ["the embedded default", {}, "pocketsphinx"],
    ["a self-hosted whisper server without a key", { STT_PROVIDER: "openai", STT_BASE_URL: "http://whisper:8000" }, "openai"],
    ["OpenAI with a key", { STT_PROVIDER: "openai", STT_BASE_URL: "https://api.openai.com", STT_API_KEY: "sk-1" }, "openai"],
    ["Deepgram with a key (default base URL)", { STT_PROVIDER: "deepgram", STT_API_KEY: "dg-1" }, "deepgram"],
  ])("builds %s", (_name, overrides, name) => {
    expect(createSttProvider({ ...base, ...overrides }).name).toBe(name);
  });

  it.each<[string, Partial<SttConfig>, RegExp]>([
    ["openai without STT_BASE_URL", { STT_PROVIDER: "openai", STT_API_KEY: "sk-1" }, /STT_PROVIDER=openai needs STT_BASE_URL: https:\/\/api\.openai\.com for OpenAI/],
    ["OpenAI's API without a key", { STT_PROVIDER: "openai", STT_BASE_URL: "https://api.openai.com/v1" }, /needs STT_API_KEY/],
    ["Groq without a key", { STT_PROVIDER: "openai", STT_BASE_URL: "https://api.groq.com/openai/v1" }, /needs STT_API_KEY/],
    ["deepgram without STT_API_KEY", { STT_PROVIDER: "deepgram" }, /STT_PROVIDER=deepgram needs STT_API_KEY: a Deepgram API key/],
  ])("refuses %s with a ConfigError", (_name, overrides, message) => {
    expect(() => createSttProvider({ ...base, ...overrides })).toThrow(ConfigError);
    expect(() => createSttProvider({ ...base, ...overrides })).toThrow(message);
  });
});
