import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startTestServer, type Handler, type TestServer } from "@/test-fixtures/http-server";
import { createDeepgramProvider, listenUrl, parseDeepgramResponse } from "./deepgram";
import { SttError } from "./types";

let dir: string;
let wavPath: string;
let wavBytes: Buffer;
let server: TestServer | undefined;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "deepgram-test-"));
  wavPath = path.join(dir, "channel-1.wav");
  wavBytes = Buffer.concat([Buffer.from("RIFF\x24\x7d\x00\x00WAVEfmt ", "latin1"), Buffer.alloc(48_000, 3)]);
  await fs.writeFile(wavPath, wavBytes);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A pre-recorded /v1/listen answer in the shape Deepgram documents (punctuate=true). */
const listenResponse = {
  metadata: {
    transaction_key: "deprecated",
    request_id: "5b1d3a52-7f0c-4c55-9b4e-2f1c0d7d9a10",
    sha256: "2d3f5c8b1e0a9d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a190",
    created: "2026-11-28T10:15:02.312Z",
    duration: 4.2,
    channels: 1,
    models: ["30089e05-99d1-4376-b32e-c263170674af"],
    model_info: { "30089e05-99d1-4376-b32e-c263170674af": { name: "2-general-nova", version: "2024-01-09.29447", arch: "nova-2" } },
  },
  results: {
    channels: [
      {
        alternatives: [
          {
            transcript: "yes the order number is four five six",
            confidence: 0.98,
            words: [
              { word: "yes", start: 0.24, end: 0.56, confidence: 0.99, punctuated_word: "Yes," },
              { word: "the", start: 0.64, end: 0.8, confidence: 0.97, punctuated_word: "the" },
              { word: "order", start: 0.8, end: 1.12, confidence: 0.99, punctuated_word: "order" },
              { word: "number", start: 1.12, end: 1.44, confidence: 0.99, punctuated_word: "number" },
              { word: "is", start: 1.44, end: 1.6, confidence: 0.98, punctuated_word: "is" },
              { word: "four", start: 1.92, end: 2.24, confidence: 0.95, punctuated_word: "4" },
              { word: "five", start: 2.4, end: 2.72, confidence: 0.96, punctuated_word: "5" },
              { word: "six", start: 2.88, end: 3.2, confidence: 0.94, punctuated_word: "6." },
            ],
          },
        ],
      },
    ],
  },
};

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

const provider = (baseUrl: string | undefined, extra: { model?: string; timeoutMs?: number } = {}) =>
  createDeepgramProvider({ apiKey: "dg-secret-key", baseUrl, model: extra.model, timeoutMs: extra.timeoutMs ?? 5000 });

describe("Deepgram provider against a local server", () => {
  it("posts the raw WAV with the documented headers and query, and reads the words", async () => {
    const { url, requests } = await serve((_req, res) => sendJson(res, 200, listenResponse));
    const result = await provider(url).transcribe({ wavPath, language: "en-US" });

    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/v1/listen");
    expect(Object.fromEntries(request.url.searchParams)).toEqual({ model: "nova-2", punctuate: "true", language: "en-US" });
    expect(request.headers.authorization).toBe("Token dg-secret-key");
    expect(request.headers["content-type"]).toBe("audio/wav");
    expect(request.body.equals(wavBytes)).toBe(true);

    expect(result.provider).toBe("deepgram");
    expect(result.text).toBe("yes the order number is four five six");
    expect(result.words[0]).toEqual({ word: "Yes,", startMs: 240, endMs: 560, confidence: 0.99 });
    expect(result.words.map((w) => w.word)).toEqual(["Yes,", "the", "order", "number", "is", "4", "5", "6."]);
  });

  it("uses STT_MODEL and a self-hosted base URL with /v1, and asks Deepgram to detect the language on auto", async () => {
    const { url, requests } = await serve((_req, res) => sendJson(res, 200, listenResponse));
    await provider(`${url}/v1`, { model: "nova-2-phonecall" }).transcribe({ wavPath, language: "auto" });
    const request = requests[0]!;
    expect(request.url.pathname).toBe("/v1/listen");
    expect(Object.fromEntries(request.url.searchParams)).toEqual({ model: "nova-2-phonecall", punctuate: "true", detect_language: "true" });
  });

  it("accepts a channel with no speech", async () => {
    const empty = { ...listenResponse, results: { channels: [{ alternatives: [{ transcript: "", confidence: 0, words: [] }] }] } };
    const { url } = await serve((_req, res) => sendJson(res, 200, empty));
    await expect(provider(url).transcribe({ wavPath, language: "en" })).resolves.toEqual({ words: [], text: "", provider: "deepgram" });
  });

  it.each<[string, number, unknown, RegExp]>([
    ["401 bad key", 401, { err_code: "INVALID_AUTH", err_msg: "Invalid credentials.", request_id: "f1" }, /Deepgram answered 401 \(check STT_API_KEY\): Invalid credentials\./],
    ["400 bad model", 400, { err_code: "Bad Request", err_msg: "No such model/language/tier combination found.", request_id: "f2" }, /answered 400 \(the service rejected the request\): No such model/],
    ["402 out of credit", 402, { err_code: "ASR_PAYMENT_REQUIRED", err_msg: "Project does not have enough credits.", request_id: "f3" }, /answered 402 .*enough credits/],
    ["503", 503, { err_code: "SERVICE_UNAVAILABLE", err_msg: "Service unavailable", request_id: "f4" }, /answered 503 \(the service failed; try again later\)/],
  ])("turns %s into PROVIDER_ERROR", async (_name, status, body, message) => {
    const { url } = await serve((_req, res) => sendJson(res, status, body));
    const error = await provider(url).transcribe({ wavPath, language: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SttError);
    expect(error).toMatchObject({ code: "PROVIDER_ERROR", status, message: expect.stringMatching(message) });
    expect((error as Error).message).not.toContain("dg-secret-key");
  });

  it("times out on a server that never answers", async () => {
    const { url } = await serve(() => undefined);
    await expect(provider(url, { timeoutMs: 300 }).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "TIMEOUT",
      message: expect.stringMatching(/^Deepgram at http:\/\/127\.0\.0\.1:\d+\/v1\/listen did not answer within 0\.3 s/),
    });
  });

  it("refuses a 200 without results", async () => {
    const { url } = await serve((_req, res) => sendJson(res, 200, { metadata: listenResponse.metadata }));
    await expect(provider(url).transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "PROVIDER_ERROR",
      message: expect.stringContaining("results.channels[0].alternatives[0]"),
    });
  });
});

describe("listenUrl and parseDeepgramResponse", () => {
  it("defaults to api.deepgram.com and normalises en_GB", () => {
    expect(listenUrl(undefined, "nova-2", "en_GB")).toBe("https://api.deepgram.com/v1/listen?model=nova-2&punctuate=true&language=en-GB");
  });

  it("falls back to the plain word when punctuated_word is absent and sorts by time", () => {
    const json = { results: { channels: [{ alternatives: [{ transcript: "b a", words: [{ word: "a", start: 1, end: 1.5 }, { word: "b", start: 0, end: 0.5 }] }] }] } };
    expect(parseDeepgramResponse(json)).toEqual({
      text: "b a",
      words: [
        { word: "b", startMs: 0, endMs: 500 },
        { word: "a", startMs: 1000, endMs: 1500 },
      ],
    });
  });
});
