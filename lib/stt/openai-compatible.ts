import { openAsBlob } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { apiRoot, requestJson } from "./http";
import { SttError, type SttInput, type SttProvider, type SttResult, type SttWord } from "./types";

/**
 * Any server speaking OpenAI's POST /v1/audio/transcriptions: OpenAI itself,
 * Groq, faster-whisper and whisper.cpp servers. We ask for verbose_json with
 * word timestamps; servers that only give segments still work (see below).
 */
export interface OpenAiSttOptions {
  /** API root, with or without the trailing /v1: https://api.openai.com, http://localhost:8000/v1. */
  baseUrl: string;
  apiKey?: string;
  /** Defaults to whisper-1. */
  model?: string;
  timeoutMs: number;
}

export const DEFAULT_OPENAI_STT_MODEL = "whisper-1";
const SERVICE = "The OpenAI-compatible speech-to-text server";

const verboseJson = z.object({
  text: z.string().default(""),
  words: z
    .array(
      z.object({
        word: z.string(),
        start: z.number(),
        end: z.number(),
        // faster-whisper servers add it; OpenAI does not.
        probability: z.number().optional(),
      }),
    )
    .optional(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).optional(),
});

export function transcriptionsUrl(baseUrl: string): string {
  return `${apiRoot(baseUrl)}/v1/audio/transcriptions`;
}

/** ISO 639-1 from a BCP 47 tag ("en-US" → "en"); undefined lets the server detect it. */
export function twoLetterLanguage(language: string): string | undefined {
  const primary = language.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

const toMs = (seconds: number) => Math.round(seconds * 1000);

/**
 * Words with times from a verbose_json answer. Without `words` (servers that
 * ignore timestamp_granularities), each segment's time is spread evenly over
 * its words: coarser, but enough to place turns.
 */
export function parseOpenAiTranscription(json: unknown): { words: SttWord[]; text: string } {
  const parsed = verboseJson.safeParse(json);
  if (!parsed.success) {
    throw new SttError("PROVIDER_ERROR", `${SERVICE} answered without verbose_json fields: ${z.prettifyError(parsed.error).slice(0, 200)}`);
  }
  const { text, words, segments } = parsed.data;
  let result: SttWord[];
  if (words) {
    result = words
      .map((w) => ({
        word: w.word.trim(),
        startMs: toMs(w.start),
        endMs: toMs(w.end),
        ...(w.probability !== undefined ? { confidence: w.probability } : {}),
      }))
      .filter((w) => w.word.length > 0);
  } else if (segments) {
    result = segments.flatMap((segment) => {
      const tokens = segment.text.trim().split(/\s+/).filter(Boolean);
      const span = (segment.end - segment.start) / Math.max(1, tokens.length);
      return tokens.map((word, i) => ({
        word,
        startMs: toMs(segment.start + i * span),
        endMs: toMs(segment.start + (i + 1) * span),
      }));
    });
  } else if (text.trim()) {
    throw new SttError(
      "PROVIDER_ERROR",
      `${SERVICE} returned text without timestamps; it must support response_format=verbose_json`,
    );
  } else {
    result = [];
  }
  result.sort((a, b) => a.startMs - b.startMs);
  return { words: result, text: text.trim() || result.map((w) => w.word).join(" ") };
}

export function createOpenAiCompatibleProvider(options: OpenAiSttOptions): SttProvider {
  const url = transcriptionsUrl(options.baseUrl);
  const model = options.model ?? DEFAULT_OPENAI_STT_MODEL;
  return {
    name: "openai",
    async transcribe({ wavPath, language, signal }: SttInput): Promise<SttResult> {
      const form = new FormData();
      form.append("model", model);
      form.append("response_format", "verbose_json");
      form.append("timestamp_granularities[]", "word");
      // Segments too: servers without word timestamps fall back to them.
      form.append("timestamp_granularities[]", "segment");
      const lang = twoLetterLanguage(language);
      if (lang) form.append("language", lang);
      // A file-backed Blob: the upload streams from disk.
      form.append("file", await openAsBlob(wavPath, { type: "audio/wav" }), path.basename(wavPath));

      const headers: Record<string, string> = { Accept: "application/json" };
      if (options.apiKey) headers.Authorization = `Bearer ${options.apiKey}`;
      const json = await requestJson({
        service: SERVICE,
        url,
        init: { method: "POST", headers, body: form },
        timeoutMs: options.timeoutMs,
        signal,
      });
      return { ...parseOpenAiTranscription(json), provider: "openai" };
    },
  };
}
