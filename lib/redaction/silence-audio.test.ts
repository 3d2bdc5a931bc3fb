import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AudioError } from "../audio/errors";
import { readWavInfo } from "../audio/wav";
import {
  filterScriptArgs,
  MAX_INLINE_FILTER_CHARS,
  mergeSilenceRanges,
  silenceFilter,
  silenceSpans,
} from "./silence-audio";

const run = promisify(execFile);
const RATE = 16_000;
let dir: string;
let tone: string;

/** A sox sine tone: 16 kHz, 16-bit, the given channels and seconds. */
async function makeTone(name: string, seconds: number, channels = 2): Promise<string> {
  const file = path.join(dir, name);
  await run("sox", ["-n", "-r", String(RATE), "-c", String(channels), "-b", "16", file, "synth", String(seconds), "sine", "440"]);
  return file;
}

interface Pcm {
  channels: number;
  sampleRate: number;
  frames: number;
  samples: Int16Array;
}

async function readPcm(file: string): Promise<Pcm> {
  const info = await readWavInfo(file);
  expect(info.audioFormat).toBe(1);
  expect(info.bitsPerSample).toBe(16);
  const bytes = await fs.readFile(file);
  const data = bytes.subarray(info.dataOffset, info.dataOffset + (info.dataBytes ?? bytes.length - info.dataOffset));
  const samples = new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
  return { channels: info.channels, sampleRate: info.sampleRate, frames: samples.length / info.channels, samples };
}

/** RMS of all channels' samples between two times, in 16-bit units. */
function rms(pcm: Pcm, fromMs: number, toMs: number): number {
  const from = Math.round((fromMs / 1000) * pcm.sampleRate) * pcm.channels;
  const to = Math.round((toMs / 1000) * pcm.sampleRate) * pcm.channels;
  let sum = 0;
  for (let i = from; i < to; i++) sum += pcm.samples[i]! ** 2;
  return Math.sqrt(sum / (to - from));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "redaction-silence-test-"));
  tone = await makeTone("tone.wav", 3);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("mergeSilenceRanges", () => {
  it("pads, clamps at zero, sorts and merges overlapping or touching ranges", () => {
    expect(
      mergeSilenceRanges(
        [
          { startMs: 2000, endMs: 2500 },
          { startMs: 100, endMs: 200 },
          { startMs: 2700, endMs: 2800 },
          { startMs: 5000, endMs: 5100 },
        ],
        150,
      ),
    ).toEqual([
      { startMs: 0, endMs: 350 },
      { startMs: 1850, endMs: 2950 },
      { startMs: 4850, endMs: 5250 },
    ]);
    expect(mergeSilenceRanges([{ startMs: 0, endMs: 100 }, { startMs: 100, endMs: 200 }], 0)).toEqual([{ startMs: 0, endMs: 200 }]);
  });

  it("refuses ranges that are not ranges", () => {
    expect(() => mergeSilenceRanges([{ startMs: 200, endMs: 100 }])).toThrow(RangeError);
    expect(() => mergeSilenceRanges([{ startMs: Number.NaN, endMs: 100 }])).toThrow(RangeError);
    expect(() => mergeSilenceRanges([], -1)).toThrow(RangeError);
  });
});

describe("silenceFilter", () => {
  it("splits many ranges over several volume filters (ffmpeg's parser stops under 100 terms)", () => {
    const ranges = Array.from({ length: 130 }, (_, i) => ({ startMs: i * 100, endMs: i * 100 + 10 }));
    const filter = silenceFilter(ranges);
    expect(filter.match(/volume=volume=/g)).toHaveLength(3);
    expect(filter.match(/between\(/g)).toHaveLength(130);
    expect(filter).toContain("between(t,12.900-ld(0),12.910)");
  });

  it("uses the filter script option the ffmpeg version knows", () => {
    expect(filterScriptArgs(5, "/tmp/f.txt")).toEqual(["-filter_script:a", "/tmp/f.txt"]);
    expect(filterScriptArgs(7, "/tmp/f.txt")).toEqual(["-/filter:a", "/tmp/f.txt"]);
    expect(filterScriptArgs(null, "/tmp/f.txt")).toEqual(["-/filter:a", "/tmp/f.txt"]);
  });
});

describe("silenceSpans", () => {
  it("mutes 1.0-2.0 s (padded) and nothing else, keeping channels, rate and length", async () => {
    const out = path.join(dir, "muted.wav");
    const result = await silenceSpans(tone, out, [{ startMs: 1000, endMs: 2000 }], { timeoutMs: 30_000 });
    expect(result).toEqual({ ranges: [{ startMs: 850, endMs: 2150 }], copied: false });

    const before = await readPcm(tone);
    const after = await readPcm(out);
    expect(after.channels).toBe(2);
    expect(after.sampleRate).toBe(RATE);
    expect(after.frames).toBe(before.frames);
    expect(after.frames).toBe(3 * RATE);

    expect(rms(before, 850, 2150)).toBeGreaterThan(1000);
    // Every sample of the padded range is zero, in both channels.
    expect(rms(after, 850, 2150)).toBe(0);
    // Outside it (beyond one 10 ms frame of rounding) the tone is untouched.
    expect(rms(after, 0, 830)).toBeCloseTo(rms(before, 0, 830), 0);
    expect(rms(after, 2170, 3000)).toBeCloseTo(rms(before, 2170, 3000), 0);
    expect(rms(after, 0, 830)).toBeGreaterThan(1000);
  });

  it("copies the file as it is when there is nothing to mute", async () => {
    const out = path.join(dir, "copy.wav");
    expect(await silenceSpans(tone, out, [], { timeoutMs: 30_000 })).toEqual({ ranges: [], copied: true });
    expect((await fs.readFile(out)).equals(await fs.readFile(tone))).toBe(true);
  });

  it("converts instead of copying when the output is another format", async () => {
    const out = path.join(dir, "copy.flac");
    expect(await silenceSpans(tone, out, [], { timeoutMs: 30_000 })).toEqual({ ranges: [], copied: false });
    const head = await fs.readFile(out);
    expect(head.subarray(0, 4).toString("latin1")).toBe("fLaC");
  });

  it("mutes 300 spans through a filter script", async () => {
    const long = await makeTone("long.wav", 13);
    const spans = Array.from({ length: 300 }, (_, i) => ({ startMs: i * 40 + 10, endMs: i * 40 + 12 }));
    expect(silenceFilter(mergeSilenceRanges(spans, 0)).length).toBeGreaterThan(MAX_INLINE_FILTER_CHARS);
    const out = path.join(dir, "many.wav");
    const result = await silenceSpans(long, out, spans, { paddingMs: 0, timeoutMs: 60_000 });
    expect(result.ranges).toHaveLength(300);

    const pcm = await readPcm(out);
    expect(pcm.frames).toBe(13 * RATE);
    for (let i = 0; i < 300; i++) {
      expect(rms(pcm, i * 40 + 10, i * 40 + 12)).toBe(0);
      expect(rms(pcm, i * 40 + 25, i * 40 + 35)).toBeGreaterThan(1000);
    }
    // After the last span the tone goes on.
    expect(rms(pcm, 12_100, 13_000)).toBeGreaterThan(1000);
    // The script file was cleaned up.
    const leftovers = (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith("callscope-silence-"));
    expect(leftovers).toEqual([]);
  });

  it("can write over its input", async () => {
    const file = await makeTone("in-place.wav", 1, 1);
    await silenceSpans(file, file, [{ startMs: 0, endMs: 1000 }], { paddingMs: 0, timeoutMs: 30_000 });
    const pcm = await readPcm(file);
    expect(pcm.frames).toBe(RATE);
    expect(rms(pcm, 0, 1000)).toBe(0);
  });

  it("reports a recording ffmpeg cannot read as CORRUPT and leaves nothing behind", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "bad-"));
    const bad = path.join(sub, "bad.wav");
    await fs.writeFile(bad, "this is not audio at all");
    const error = await silenceSpans(bad, path.join(sub, "out.wav"), [{ startMs: 0, endMs: 10 }], { timeoutMs: 30_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AudioError);
    expect((error as AudioError).code).toBe("CORRUPT");
    expect(await fs.readdir(sub)).toEqual(["bad.wav"]);
  });

  it("says how to install ffmpeg when it is missing", async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = dir;
    try {
      const error = await silenceSpans(tone, path.join(dir, "never.wav"), [{ startMs: 0, endMs: 10 }], { timeoutMs: 30_000 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AudioError);
      expect((error as AudioError).code).toBe("ENGINE_MISSING");
      expect((error as AudioError).message).toContain("apt-get install ffmpeg");
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it("lets a missing input through as ENOENT", async () => {
    await expect(
      silenceSpans(path.join(dir, "nope.wav"), path.join(dir, "x.wav"), [], { timeoutMs: 30_000 }),
    ).rejects.toMatchObject({ code: "ENOENT" });
  });
});
