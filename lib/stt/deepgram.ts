import { openAsBlob } from "node:fs";
import { z } from "zod";
import { apiRoot, requestJson } from "./http";
import { SttError, type SttInput, type SttProvider, type SttResult, type SttWord } from "./types";

/** Deepgram's pre-recorded API: the WAV is the request body, words come back per channel. */
export interface DeepgramOptions {
  apiKey: string;
  /** Defaults to https://api.deepgram.com; self-hosted Deepgram has its own. */
  baseUrl?: string;
  /** Defaults to nova-2. */
  model?: string;
  timeoutMs: number;
}

export const DEEPGRAM_BASE_URL = "https://api.deepgram.com";
export const DEFAULT_DEEPGRAM_MODEL = "nova-2";
const SERVICE = "Deepgram";

const listenResponse = z.object({
  results: z.object({
    channels: z
      .array(
        z.object({
          alternatives: z
            .array(
              z.object({
                transcript: z.string().default(""),
                words: z
                  .array(
                    z.object({
                      word: z.string(),
                      punctuated_word: z.string().optional(),
                      start: z.number(),
                      end: z.number(),
                      confidence: z.number().optional(),
                    }),
                  )
                  .default([]),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  }),
});

export function listenUrl(baseUrl: string | undefined, model: string, language: string): string {
  const url = new URL(`${apiRoot(baseUrl ?? DEEPGRAM_BASE_URL)}/v1/listen`);
  url.searchParams.set("model", model);
  url.searchParams.set("punctuate", "true");
  const tag = language.trim().replace(/_/g, "-");
  // Deepgram takes BCP 47 tags as they are; "auto" (or nothing) asks it to detect.
  if (!tag || tag.toLowerCase() === "auto") url.searchParams.set("detect_language", "true");
  else url.searchParams.set("language", tag);
  return url.toString();
}

/** Words of the first channel's best alternative; punctuated forms when Deepgram gives them. */
export function parseDeepgramResponse(json: unknown): { words: SttWord[]; text: string } {
  const parsed = listenResponse.safeParse(json);
  if (!parsed.success) {
    throw new SttError("PROVIDER_ERROR", `${SERVICE} answered without results.channels[0].alternatives[0]: ${z.prettifyError(parsed.error).slice(0, 200)}`);
  }
  const best = parsed.data.results.channels[0]!.alternatives[0]!;
  const words = best.words
    .map((w) => ({
      word: (w.punctuated_word ?? w.word).trim(),
      startMs: Math.round(w.start * 1000),
      endMs: Math.round(w.end * 1000),
      ...(w.confidence !== undefined ? { confidence: w.confidence } : {}),
    }))
    .filter((w) => w.word.length > 0)
    .sort((a, b) => a.startMs - b.startMs);
  return { words, text: best.transcript.trim() || words.map((w) => w.word).join(" ") };
}

export function createDeepgramProvider(options: DeepgramOptions): SttProvider {
  const model = options.model ?? DEFAULT_DEEPGRAM_MODEL;
  return {
    name: "deepgram",
    async transcribe({ wavPath, language, signal }: SttInput): Promise<SttResult> {
      const json = await requestJson({
        service: SERVICE,
        url: listenUrl(options.baseUrl, model, language),
        init: {
          method: "POST",
          headers: {
            Authorization: `Token ${options.apiKey}`,
            "Content-Type": "audio/wav",
            Accept: "application/json",
          },
          // A file-backed Blob: the upload streams from disk.
          body: await openAsBlob(wavPath),
        },
        timeoutMs: options.timeoutMs,
        signal,
      });
      return { ...parseDeepgramResponse(json), provider: "deepgram" };
    },
  };
}
