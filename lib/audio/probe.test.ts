import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCalls, type TestCalls } from "@/test-fixtures/test-calls";
import { AudioError } from "./errors";
import { parseFfprobeJson, probeAudio } from "./probe";

const run = promisify(execFile);
let calls: TestCalls;

beforeAll(async () => {
  calls = await makeTestCalls();
});
afterAll(() => calls?.cleanup());

describe("probeAudio", () => {
  const cases: [string, (c: TestCalls) => string, { codec: string; formatName: string; channels: number }][] = [
    ["WAV", (c) => c.stereoWav, { codec: "pcm_s16le", formatName: "wav", channels: 2 }],
    ["MP3", (c) => c.mp3, { codec: "mp3", formatName: "mp3", channels: 2 }],
    ["OGG", (c) => c.ogg, { codec: "vorbis", formatName: "ogg", channels: 2 }],
    ["FLAC", (c) => c.flac, { codec: "flac", formatName: "flac", channels: 2 }],
    ["M4A", (c) => c.m4a, { codec: "aac", formatName: "mov,mp4,m4a,3gp,3g2,mj2", channels: 2 }],
    ["mono WAV", (c) => c.monoWav, { codec: "pcm_s16le", formatName: "wav", channels: 1 }],
  ];
  it.each(cases)("describes the %s call", async (_name, file, expected) => {
    const probe = await probeAudio(file(calls));
    expect(probe).toMatchObject({ ...expected, sampleRate: 16_000, durationIsEstimate: false });
    // Encoders pad a frame or two at the ends.
    expect(Math.abs(probe.durationMs - calls.durationMs)).toBeLessThan(150);
  });

  it("gives the exact duration of a WAV", async () => {
    expect((await probeAudio(calls.stereoWav)).durationMs).toBe(calls.durationMs);
  });

  it("reads file names that look like options", async () => {
    const odd = path.join(calls.dir, "-i http:x.wav");
    await fs.copyFile(calls.monoWav, odd);
    await expect(probeAudio(odd)).resolves.toMatchObject({ channels: 1 });
  });

  it("calls a text file CORRUPT, quoting ffprobe", async () => {
    const error = await probeAudio(calls.notAudio).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AudioError);
    expect(error).toMatchObject({ code: "CORRUPT", message: expect.stringContaining("Invalid data") });
  });

  it("calls a WAV with no samples CORRUPT (zero duration)", async () => {
    const empty = path.join(calls.dir, "header-only.wav");
    await fs.writeFile(empty, (await fs.readFile(calls.monoWav)).subarray(0, 44));
    await expect(probeAudio(empty)).rejects.toMatchObject({ code: "CORRUPT" });
  });

  it("calls an image NOT_AUDIO: it has no audio stream", async () => {
    const png = path.join(calls.dir, "picture.png");
    await run("ffmpeg", ["-nostdin", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=16x16", "-frames:v", "1", png]);
    await expect(probeAudio(png)).rejects.toMatchObject({ code: "NOT_AUDIO", message: expect.stringContaining("no audio stream") });
  });

  it("does not follow a playlist disguised as audio to the network", async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const playlist = path.join(calls.dir, "playlist.wav");
      await fs.writeFile(
        playlist,
        `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://127.0.0.1:${port}/secret.wav\n#EXT-X-ENDLIST\n`,
      );
      await expect(probeAudio(playlist)).rejects.toMatchObject({ code: "CORRUPT" });
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("says how to install ffprobe when it is missing", async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = calls.dir; // holds no ffprobe
    try {
      await expect(probeAudio(calls.stereoWav)).rejects.toMatchObject({
        code: "ENGINE_MISSING",
        message: expect.stringContaining("apt-get install ffmpeg"),
      });
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it("lets a missing file through as ENOENT (a caller bug, not a bad recording)", async () => {
    await expect(probeAudio(path.join(calls.dir, "nope.wav"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("parseFfprobeJson", () => {
  const stream = { codec_name: "mp3", channels: 2, sample_rate: "44100" };
  it("marks durations ffprobe guessed from the bitrate", () => {
    const json = JSON.stringify({ streams: [stream], format: { format_name: "mp3", duration: "12.5" } });
    expect(parseFfprobeJson(json, "[mp3 @ 0x1] Estimating duration from bitrate, this may be inaccurate")).toMatchObject({
      durationMs: 12_500,
      durationIsEstimate: true,
    });
    expect(parseFfprobeJson(json, "").durationIsEstimate).toBe(false);
  });

  it("falls back to the stream duration", () => {
    const json = JSON.stringify({ streams: [{ ...stream, duration: "3.25" }], format: { format_name: "mp3" } });
    expect(parseFfprobeJson(json).durationMs).toBe(3250);
  });

  it.each([
    ["garbage", "not json"],
    ["unknown duration", JSON.stringify({ streams: [stream], format: { duration: "N/A" } })],
    ["no channels", JSON.stringify({ streams: [{ ...stream, channels: 0 }], format: { duration: "1" } })],
    ["wrong shape", JSON.stringify({ streams: "nope" })],
  ])("refuses %s as CORRUPT", (_name, stdout) => {
    expect(() => parseFfprobeJson(stdout)).toThrow(expect.objectContaining({ code: "CORRUPT" }));
  });
});
