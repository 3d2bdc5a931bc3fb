import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSilent, measureWavLevels } from "./silence";

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "silence-test-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A 16 kHz mono 16-bit WAV with the given samples, written by hand. */
async function writeWav(name: string, values: ArrayLike<number>): Promise<string> {
  const data = Buffer.alloc(values.length * 2);
  for (let i = 0; i < values.length; i++) data.writeInt16LE(values[i]!, i * 2);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  const file = path.join(dir, name);
  await fs.writeFile(file, Buffer.concat([header, data]));
  return file;
}

/** sox makes a 16 kHz mono 16-bit WAV from a synth/effects chain. */
async function sox(name: string, ...effects: string[]): Promise<string> {
  const file = path.join(dir, name);
  await run("sox", ["-r", "16000", "-c", "1", "-n", "-b", "16", file, ...effects]);
  return file;
}

describe("measureWavLevels", () => {
  it("measures peak and RMS of known samples", async () => {
    // Full-scale square wave: peak and RMS both 0 dBFS (within one LSB).
    const square = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 32767 : -32768));
    const levels = await measureWavLevels(await writeWav("square.wav", square));
    expect(levels.samples).toBe(1000);
    expect(levels.peakDbfs).toBeCloseTo(0, 3);
    expect(levels.rmsDbfs).toBeCloseTo(0, 3);
    // 1000 samples = three whole 20 ms frames (320 samples each), all loud.
    expect(levels.activeMs).toBe(60);
  });

  it("gives -Infinity for digital silence", async () => {
    const levels = await measureWavLevels(await writeWav("zeros.wav", new Int16Array(500)));
    expect(levels).toEqual({ peakDbfs: -Infinity, rmsDbfs: -Infinity, samples: 500, activeMs: 0 });
  });

  it("reads samples that straddle stream chunks (odd offsets)", async () => {
    // 64 KiB chunks: with a 44-byte header, sample boundaries and chunk boundaries differ.
    const values = Array.from({ length: 100_000 }, (_, i) => (i === 70_000 ? -20_000 : 100));
    const levels = await measureWavLevels(await writeWav("long.wav", values));
    expect(levels.samples).toBe(100_000);
    expect(levels.peakDbfs).toBeCloseTo(20 * Math.log10(20_000 / 32768), 6);
  });

  it("refuses a WAV that is not 16-bit PCM", async () => {
    const float = path.join(dir, "float.wav");
    await run("sox", ["-r", "16000", "-c", "1", "-n", "-e", "floating-point", "-b", "32", float, "trim", "0", "0.1"]);
    await expect(measureWavLevels(float)).rejects.toMatchObject({ code: "CORRUPT" });
  });
});

describe("isSilent", () => {
  const cases: [string, boolean, () => Promise<string>][] = [
    ["digital silence", true, () => sox("silence.wav", "trim", "0", "2")],
    ["dither-level noise (-80 dBFS)", true, () => sox("dither.wav", "synth", "2", "whitenoise", "vol", "0.0001")],
    ["a few loud clicks in a minute of silence", true, async () => {
      const values = new Int16Array(16_000 * 60);
      for (const at of [1000, 200_000, 500_000]) values[at] = 30_000;
      return writeWav("click.wav", values);
    }],
    ["hum at -60 dBFS", true, () => sox("hum.wav", "synth", "5", "sine", "50", "vol", "0.001")],
    ["a quiet tone (-30 dBFS)", false, () => sox("tone.wav", "synth", "2", "sine", "440", "vol", "0.03")],
    ["half a second of tone in a minute of silence", false, () => sox("short.wav", "synth", "0.5", "sine", "300", "vol", "0.3", "pad", "30", "29.5")],
    ["a tenth of a second of tone (too short to be speech)", true, () => sox("blip.wav", "synth", "0.1", "sine", "300", "vol", "0.3", "pad", "5", "5")],
  ];
  it.each(cases)("%s → silent: %s", async (_name, expected, make) => {
    expect(await isSilent(await make())).toBe(expected);
  });
});
