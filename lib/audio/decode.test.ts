import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCalls, type TestCalls } from "@/test-fixtures/test-calls";
import { channelSplitFilter, decodeChannels } from "./decode";
import { probeAudio } from "./probe";
import { readWavInfo } from "./wav";

const run = promisify(execFile);
let calls: TestCalls;
let outCounter = 0;

beforeAll(async () => {
  calls = await makeTestCalls();
});
afterAll(() => calls?.cleanup());

const newOutDir = () => path.join(calls.dir, `out-${++outCounter}`);

/** RMS (0..1) of a 16 kHz mono 16-bit WAV between two times. */
async function rmsBetween(wavPath: string, startMs: number, endMs: number): Promise<number> {
  const data = (await fs.readFile(wavPath)).subarray(44);
  const from = Math.floor((startMs * 16)) * 2;
  const to = Math.min(data.length, Math.floor(endMs * 16) * 2);
  let sum = 0;
  for (let i = from; i < to; i += 2) sum += data.readInt16LE(i) ** 2;
  return Math.sqrt(sum / ((to - from) / 2)) / 32768;
}

async function cutFile(source: string, name: string, fraction: number): Promise<string> {
  const bytes = await fs.readFile(source);
  const target = path.join(calls.dir, name);
  await fs.writeFile(target, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return target;
}

describe("decodeChannels", () => {
  it("splits a stereo WAV into left (agent) and right (customer) 16 kHz mono WAVs", async () => {
    const outDir = newOutDir();
    const decoded = await decodeChannels(calls.stereoWav, outDir);
    expect(decoded.channelPaths).toEqual([path.join(outDir, "channel-0.wav"), path.join(outDir, "channel-1.wav")]);
    expect(decoded.durationMs).toBe(calls.durationMs);
    for (const channel of decoded.channelPaths) {
      expect(await readWavInfo(channel)).toMatchObject({
        audioFormat: 1,
        channels: 1,
        sampleRate: 16_000,
        bitsPerSample: 16,
        // A plain header: pocketsphinx_continuous skips exactly 44 bytes.
        dataOffset: 44,
      });
    }
    const [left, right] = decoded.channelPaths as [string, string];
    for (const turn of calls.turns) {
      const talking = turn.speaker === "agent" ? left : right;
      const listening = turn.speaker === "agent" ? right : left;
      expect(await rmsBetween(talking, turn.startMs, turn.endMs)).toBeGreaterThan(0.01);
      expect(await rmsBetween(listening, turn.startMs, turn.endMs)).toBeLessThan(0.0001);
    }
  });

  it.each([
    ["MP3", (c: TestCalls) => c.mp3],
    ["OGG", (c: TestCalls) => c.ogg],
    ["FLAC", (c: TestCalls) => c.flac],
    ["M4A", (c: TestCalls) => c.m4a],
  ])("decodes the %s call to two channels of the call's length", async (_name, file) => {
    const decoded = await decodeChannels(file(calls), newOutDir());
    expect(decoded.channelPaths).toHaveLength(2);
    expect(Math.abs(decoded.durationMs - calls.durationMs)).toBeLessThan(150);
    const [left, right] = decoded.channelPaths as [string, string];
    const firstAgentTurn = calls.turns[0]!;
    expect(await rmsBetween(left, firstAgentTurn.startMs, firstAgentTurn.endMs)).toBeGreaterThan(0.01);
    expect(await rmsBetween(right, firstAgentTurn.startMs, firstAgentTurn.endMs)).toBeLessThan(0.003);
  });

  it("decodes a mono recording to one channel", async () => {
    const decoded = await decodeChannels(calls.monoWav, newOutDir());
    expect(decoded.channelPaths).toHaveLength(1);
    expect(decoded.durationMs).toBe(calls.durationMs);
  });

  it("keeps the first two channels of a three-channel recording", async () => {
    // Channel 1 the agent, 2 silence, 3 the customer: the customer must not appear.
    const three = path.join(calls.dir, "three.wav");
    await run("sox", ["-M", calls.stereoWav, calls.stereoWav, three, "remix", "1", "0", "2"]);
    expect((await probeAudio(three)).channels).toBe(3);
    const decoded = await decodeChannels(three, newOutDir());
    expect(decoded.channelPaths).toHaveLength(2);
    const customerTurn = calls.turns[1]!;
    expect(await rmsBetween(decoded.channelPaths[0]!, 0, calls.durationMs)).toBeGreaterThan(0.01);
    expect(await rmsBetween(decoded.channelPaths[1]!, customerTurn.startMs, customerTurn.endMs)).toBe(0);
  });

  it("resamples 8 kHz and 44.1 kHz input to 16 kHz", async () => {
    for (const rate of ["8000", "44100"]) {
      const resampled = path.join(calls.dir, `rate-${rate}.wav`);
      await run("sox", [calls.stereoWav, "-r", rate, resampled]);
      const decoded = await decodeChannels(resampled, newOutDir());
      expect(await readWavInfo(decoded.channelPaths[0]!)).toMatchObject({ sampleRate: 16_000 });
      expect(Math.abs(decoded.durationMs - calls.durationMs)).toBeLessThan(20);
    }
  });

  it("decodes a WAV whose data starts past the header search window (big JUNK chunk)", async () => {
    const plain = await fs.readFile(calls.monoWav);
    const fmt = plain.subarray(12, 36); // "fmt " chunk of sox's 44-byte header
    const data = plain.subarray(36);
    const junk = Buffer.alloc(8 + 70_000);
    junk.write("JUNK", 0);
    junk.writeUInt32LE(70_000, 4);
    const riff = Buffer.alloc(12);
    riff.write("RIFF", 0);
    riff.writeUInt32LE(4 + fmt.length + junk.length + data.length, 4);
    riff.write("WAVE", 8);
    const odd = path.join(calls.dir, "junk-chunk.wav");
    await fs.writeFile(odd, Buffer.concat([riff, fmt, junk, data]));
    const decoded = await decodeChannels(odd, newOutDir());
    expect(decoded.durationMs).toBe(calls.durationMs);
  });

  describe("damaged input is CORRUPT and leaves nothing behind", () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      ["a WAV cut to a third", async () => calls.truncatedWav, /cut off/],
      ["a FLAC cut to a third", () => cutFile(calls.flac, "cut.flac", 1 / 3), /cut off/],
      ["an MP3 cut to a third", () => cutFile(calls.mp3, "cut.mp3", 1 / 3), /cut off/],
      ["an M4A cut to a third (no moov atom)", () => cutFile(calls.m4a, "cut.m4a", 1 / 3), /moov atom not found/],
      ["a text file named .wav", async () => calls.notAudio, /Invalid data/],
    ];
    it.each(cases)("%s", async (_name, make, message) => {
      const outDir = newOutDir();
      await expect(decodeChannels(await make(), outDir)).rejects.toMatchObject({ code: "CORRUPT", message: expect.stringMatching(message) });
      expect(await fs.readdir(outDir).catch(() => [])).toEqual([]);
    });
  });

  it("says how to install ffmpeg when it is missing", async () => {
    const probe = await probeAudio(calls.stereoWav);
    const savedPath = process.env.PATH;
    process.env.PATH = calls.dir;
    try {
      await expect(decodeChannels(calls.stereoWav, newOutDir(), { probe })).rejects.toMatchObject({
        code: "ENGINE_MISSING",
        message: expect.stringContaining("ffmpeg is not installed: apt-get install ffmpeg"),
      });
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort(new Error("record deleted"));
    await expect(decodeChannels(calls.stereoWav, newOutDir(), { signal: controller.signal })).rejects.toThrow("record deleted");
  });
});

it("builds one pan filter per channel", () => {
  expect(channelSplitFilter(2)).toBe(
    "[0:a:0]pan=mono|c0=c0,aresample=16000[c0];[0:a:0]pan=mono|c0=c1,aresample=16000[c1]",
  );
});
