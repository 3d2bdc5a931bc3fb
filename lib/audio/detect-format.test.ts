import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCalls, type TestCalls } from "@/test-fixtures/test-calls";
import { AUDIO_CONTENT_TYPES, type AudioFormat, detectAudioFormat, FORMAT_HEAD_BYTES, sniffAudioFile } from "./detect-format";
import { AudioError } from "./errors";

const run = promisify(execFile);
let calls: TestCalls;

beforeAll(async () => {
  calls = await makeTestCalls();
  const ffmpeg = (...args: string[]) => run("ffmpeg", ["-nostdin", "-v", "error", "-y", "-i", calls.stereoWav, "-t", "1", ...args]);
  // More encoder variants than the script makes: bare MPEG frames, MP4 brand, sox's WAV and FLAC.
  await ffmpeg("-c:a", "libmp3lame", "-id3v2_version", "0", "-write_xing", "0", path.join(calls.dir, "bare.mp3"));
  await ffmpeg("-c:a", "aac", "-f", "mp4", path.join(calls.dir, "isom.mp4"));
  await ffmpeg("-c:a", "libopus", path.join(calls.dir, "opus.ogg"));
  await run("sox", [calls.stereoWav, path.join(calls.dir, "sox.flac"), "trim", "0", "1"]);
  await run("sox", [calls.stereoWav, "-b", "24", path.join(calls.dir, "sox24.wav"), "trim", "0", "1"]);
});

afterAll(() => calls?.cleanup());

async function head(file: string): Promise<Uint8Array> {
  const bytes = await fs.readFile(file);
  return new Uint8Array(bytes.subarray(0, FORMAT_HEAD_BYTES));
}

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...Buffer.from(v, "latin1")] : [v])));

describe("detectAudioFormat on real files", () => {
  const cases: [string, (c: TestCalls) => string, AudioFormat][] = [
    ["WAV from sox", (c) => c.stereoWav, "wav"],
    ["24-bit WAV from sox", (c) => path.join(c.dir, "sox24.wav"), "wav"],
    ["MP3 with an ID3 tag (ffmpeg)", (c) => c.mp3, "mp3"],
    ["MP3 starting with a frame header", (c) => path.join(c.dir, "bare.mp3"), "mp3"],
    ["Ogg Vorbis", (c) => c.ogg, "ogg"],
    ["Ogg Opus", (c) => path.join(c.dir, "opus.ogg"), "ogg"],
    ["FLAC from ffmpeg", (c) => c.flac, "flac"],
    ["FLAC from sox", (c) => path.join(c.dir, "sox.flac"), "flac"],
    ["M4A (brand M4A)", (c) => c.m4a, "m4a"],
    ["MP4 audio (brand isom)", (c) => path.join(c.dir, "isom.mp4"), "m4a"],
  ];
  it.each(cases)("%s", async (_name, file, expected) => {
    expect(detectAudioFormat(await head(file(calls)))).toBe(expected);
  });

  it("the bare MP3 really starts with a frame sync, not a tag", async () => {
    const h = await head(path.join(calls.dir, "bare.mp3"));
    expect([h[0], h[1]! & 0xe0]).toEqual([0xff, 0xe0]);
  });
});

describe("detectAudioFormat on everything else", () => {
  const cases: [string, Uint8Array][] = [
    ["empty", new Uint8Array()],
    ["PDF", bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")],
    ["PNG", bytes(0x89, "PNG\r\n\x1a\n", 0, 0, 0, 13, "IHDR")],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, "JFIF")],
    ["ZIP", bytes("PK\x03\x04\x14\x00\x00\x00")],
    ["plain text", bytes("Hello, this is not a recording.\n")],
    ["JSON", bytes('{"call": "wav"}')],
    ["RIFF that is not WAVE (AVI)", bytes("RIFF\x10\x00\x00\x00AVI LIST")],
    ["QuickTime video brand", bytes(0, 0, 0, 20, "ftypqt  ", 0, 0, 0, 0, "qt  ")],
    ["AAC ADTS (layer bits 00)", bytes(0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc)],
    ["0xFFFB with the invalid bitrate index 1111", bytes(0xff, 0xfb, 0xf0, 0x00)],
    ["truncated RIFF header", bytes("RIFF\x24\x08")],
    ["WebM / Matroska", bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f)],
  ];
  it.each(cases)("%s → null", (_name, input) => {
    expect(detectAudioFormat(input)).toBeNull();
  });
});

describe("sniffAudioFile", () => {
  it("names the format of a file", async () => {
    await expect(sniffAudioFile(calls.flac)).resolves.toBe("flac");
  });

  it("refuses a text file named .wav with NOT_AUDIO", async () => {
    const error = await sniffAudioFile(calls.notAudio).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AudioError);
    expect(error).toMatchObject({ code: "NOT_AUDIO", message: expect.stringMatching(/not audio.*WAV, MP3, OGG, FLAC or M4A/) });
  });

  it("refuses an empty file with NOT_AUDIO", async () => {
    const empty = path.join(calls.dir, "empty.wav");
    await fs.writeFile(empty, "");
    await expect(sniffAudioFile(empty)).rejects.toMatchObject({ code: "NOT_AUDIO", message: expect.stringContaining("empty") });
  });
});

it("has a content type for every format", () => {
  expect(AUDIO_CONTENT_TYPES).toEqual({
    wav: "audio/wav",
    mp3: "audio/mpeg",
    ogg: "audio/ogg",
    flac: "audio/flac",
    m4a: "audio/mp4",
  });
});
