import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formDataOf, sendJson, startTestServer, type Handler, type TestServer } from "@/test-fixtures/http-server";
import {
  createOpenAiCompatibleProvider,
  parseOpenAiTranscription,
  transcriptionsUrl,
  twoLetterLanguage,
} from "./openai-compatible";
import { SttError } from "./types";

let dir: string;
let wavPath: string;
let wavBytes: Buffer;
let server: TestServer | undefined;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "openai-stt-test-"));
  wavPath = path.join(dir, "channel-0.wav");
  // Any bytes do: the fake server only checks they arrive unchanged.
  wavBytes = Buffer.concat([Buffer.from("RIFF\x24\x7d\x00\x00WAVEfmt ", "latin1"), Buffer.alloc(32_000, 7)]);
  await fs.writeFile(wavPath, wavBytes);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** verbose_json as OpenAI documents it for timestamp_granularities[]=word (plus segments). */
const verboseJson = {
  task: "transcribe",
  language: "english",
  duration: 3.2,
  text: "Thank you for calling, how can I help?",
  words: [
    { word: "Thank", start: 0.0, end: 0.22 },
    { word: "you", start: 0.22, end: 0.36 },
    { word: "for", start: 0.36, end: 0.5 },
    { word: "calling", start: 0.5, end: 0.98 },
    { word: "how", start: 1.5, end: 1.7 },
    { word: "can", start: 1.7, end: 1.86 },
    { word: "I", start: 1.86, end: 1.94 },
    { word: "help", start: 1.94, end: 2.3 },
  ],
  segments: [
    {
      id: 0, seek: 0, start: 0.0, end: 2.3, text: " Thank you for calling, how can I help?",
      tokens: [50364, 1044, 291], temperature: 0.0, avg_logprob: -0.21, compression_ratio: 0.9, no_speech_prob: 0.01,
    },
  ],
};

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

const provider = (baseUrl: string, extra: { apiKey?: string; model?: string; timeoutMs?: number } = {}) =>
  createOpenAiCompatibleProvider({ baseUrl, apiKey: "apiKey" in extra ? extra.apiKey : "sk-test-123", model: extra.model, timeoutMs: extra.timeoutMs ?? 5000 });

describe("OpenAI-compatible provider against a local server", () => {
  it("sends the documented multipart request and reads the word timestamps", async () => {
    const { url, requests } = await serve((_req, res) => sendJson(res, 200, verboseJson));
    const result = await provider(url).transcribe({ wavPath, language: "en-US" });

    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/v1/audio/transcriptions");
    expect(request.headers.authorization).toBe("Bearer sk-test-123");
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formDataOf(request);
    expect(form.get("model")).toBe("whisper-1");
    expect(form.get("response_format")).toBe("verbose_json");
    expect(form.getAll("timestamp_granularities[]")).toContain("word");
    expect(form.get("language")).toBe("en");
    const file = form.get("file") as File;
    expect(file.name).toBe("channel-0.wav");
    expect(file.type).toBe("audio/wav");
    expect(Buffer.from(await file.arrayBuffer()).equals(wavBytes)).toBe(true);

    expect(result.provider).toBe("openai");
    expect(result.text).toBe("Thank you for calling, how can I help?");
    expect(result.words.slice(0, 2)).toEqual([
      { word: "Thank", startMs: 0, endMs: 220 },
      { word: "you", startMs: 220, endMs: 360 },
    ]);
    expect(result.words).toHaveLength(8);
  });

  it("accepts a base URL that already ends in /v1, sends STT_MODEL, and no auth without a key", async () => {
    const { url, requests } = await serve((_req, res) => sendJson(res, 200, verboseJson));
    await provider(`${url}/v1/`, { apiKey: undefined, model: "Systran/faster-whisper-small" }).transcribe({ wavPath, language: "de" });
    const request = requests[0]!;
    expect(request.url.pathname).toBe("/v1/audio/transcriptions");
    expect(request.headers.authorization).toBeUndefined();
    const form = await formDataOf(request);
    expect(form.get("model")).toBe("Systran/faster-whisper-small");
    expect(form.get("language")).toBe("de");
  });

  it("falls back to segments when the server gives no words", async () => {
    const { url } = await serve((_req, res) => sendJson(res, 200, { ...verboseJson, words: undefined }));
    const result = await provider(url).transcribe({ wavPath, language: "en" });
    // 8 words spread evenly over 0-2.3 s.
    expect(result.words).toHaveLength(8);
    expect(result.words[0]).toEqual({ word: "Thank", startMs: 0, endMs: 288 });
    expect(result.words[7]).toEqual({ word: "help?", startMs: 2012, endMs: 2300 });
  });

  it.each<[string, number, unknown, RegExp]>([
    ["401 with OpenAI's error object", 401, { error: { message: "Incorrect API key provided: sk-test***123.", type: "invalid_request_error", code: "invalid_api_key" } }, /answered 401 \(check STT_API_KEY\): Incorrect API key provided/],
    ["404 from a server without the route", 404, { detail: "Not Found" }, /answered 404 \(check STT_BASE_URL and STT_MODEL\): Not Found/],
    ["413 for a large file", 413, { error: { message: "Maximum content size limit (26214400) exceeded" } }, /answered 413 \(the recording is too large for this service\)/],
    ["429 rate limit", 429, { error: { message: "Rate limit reached" } }, /answered 429 \(the service is rate limiting; try again later\): Rate limit reached/],
    ["500 with an HTML page", 500, "<html><body><h1>Internal Server Error</h1>" + "x".repeat(1000) + "</body></html>", /answered 500 \(the service failed; try again later\): <html>.{150,}…$/],
  ])("turns %s into PROVIDER_ERROR", async (_name, status, body, message) => {
    const { url } = await serve((_req, res) => {
      res.writeHead(status, { "content-type": typeof body === "string" ? "text/html" : "application/json" });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    });
    const error = await provider(url).transcribe({ wavPath, language: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SttError);
    expect(error).toMatchObject({ code: "PROVIDER_ERROR", status, message: expect.stringMatching(message) });
    expect((error as Error).message).not.toContain("sk-test-123");
  });

  it("times out on a server that never answers", async () => {
    const { url } = await serve(() => {
      /* never respond */
    });
    const started = Date.now();
    await expect(provider(url, { timeoutMs: 300 }).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "TIMEOUT",
      message: expect.stringContaining("did not answer within 0.3 s; raise STT_TIMEOUT_SECONDS"),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("times out on a server that sends headers and then stalls", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"text": "Thank');
    });
    await expect(provider(url, { timeoutMs: 300 }).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("reports a server that cannot be reached", async () => {
    const { url } = await serve(() => undefined);
    await server!.close();
    server = undefined;
    await expect(provider(url).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "PROVIDER_ERROR",
      message: expect.stringMatching(/Could not reach .* ECONNREFUSED; check STT_BASE_URL/),
    });
  });

  it("refuses a 200 that is not JSON", async () => {
    const { url } = await serve((_req, res) => {
      res.end("Thank you for calling");
    });
    await expect(provider(url).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "PROVIDER_ERROR",
      message: expect.stringContaining("not JSON"),
    });
  });

  it("passes the caller's cancellation through", async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("record deleted")), 100);
    await expect(provider(url).transcribe({ wavPath, language: "en", signal: controller.signal })).rejects.toThrow("record deleted");
  });
});

describe("parseOpenAiTranscription", () => {
  it("trims the leading spaces whisper servers put on words and keeps probabilities", () => {
    const json = { text: " Hello there", words: [{ word: " Hello", start: 0.1, end: 0.4, probability: 0.93 }, { word: " ", start: 0.4, end: 0.4 }, { word: " there", start: 0.4, end: 0.8 }] };
    expect(parseOpenAiTranscription(json)).toEqual({
      text: "Hello there",
      words: [
        { word: "Hello", startMs: 100, endMs: 400, confidence: 0.93 },
        { word: "there", startMs: 400, endMs: 800 },
      ],
    });
  });

  it("accepts silence: no text, no words", () => {
    expect(parseOpenAiTranscription({ text: "" })).toEqual({ text: "", words: [] });
  });

  it("refuses text without any timestamps (response_format=json)", () => {
    expect(() => parseOpenAiTranscription({ text: "Hello" })).toThrow(/must support response_format=verbose_json/);
  });

  it("refuses an answer of the wrong shape", () => {
    expect(() => parseOpenAiTranscription({ words: "nope" })).toThrow(expect.objectContaining({ code: "PROVIDER_ERROR" }));
  });
});

describe("URLs and languages", () => {
  it.each([
    ["https://api.openai.com", "https://api.openai.com/v1/audio/transcriptions"],
    ["https://api.openai.com/v1", "https://api.openai.com/v1/audio/transcriptions"],
    ["https://api.groq.com/openai/v1/", "https://api.groq.com/openai/v1/audio/transcriptions"],
    ["http://localhost:8000/", "http://localhost:8000/v1/audio/transcriptions"],
  ])("%s → %s", (base, expected) => {
    expect(transcriptionsUrl(base)).toBe(expected);
  });

  it.each([
    ["en-US", "en"],
    ["pt_BR", "pt"],
    ["DE", "de"],
    ["auto", undefined],
    ["", undefined],
  ])("language %j → %j", (language, expected) => {
    expect(twoLetterLanguage(language)).toBe(expected);
  });
});
