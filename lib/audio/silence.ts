import fs from "node:fs";
import { corrupt } from "./errors";
import { readWavInfo } from "./wav";

export interface WavLevels {
  /** Loudest sample, in dB relative to full scale (-Infinity for digital silence). */
  peakDbfs: number;
  /** Root mean square over the whole file, in dBFS. */
  rmsDbfs: number;
  samples: number;
  /** Total length of the 20 ms frames louder than the frame threshold. */
  activeMs: number;
}

export interface SilenceThresholds {
  /** A 20 ms frame counts as sound when its RMS is above this. */
  frameDbfs: number;
  /** Less sound than this in the whole file is silence. */
  minActiveMs: number;
}

/**
 * Speech frames sit around -35..-10 dBFS, even on quiet lines; dither and idle
 * line noise stay well under -50. Counting loud frames rather than taking the
 * file's overall level means a click or two is still silence, while a single
 * "yes" in a long call is not.
 */
export const DEFAULT_SILENCE_THRESHOLDS: SilenceThresholds = { frameDbfs: -50, minActiveMs: 200 };

const FULL_SCALE = 32768;
const FRAME_MS = 20;
const toDbfs = (amplitude: number) => (amplitude > 0 ? 20 * Math.log10(amplitude / FULL_SCALE) : -Infinity);

/**
 * Peak, RMS and loud-frame time of a 16-bit PCM WAV, streamed in 64 KB
 * chunks. Channels are read interleaved as one signal: call it on the mono
 * per-channel files from decodeChannels.
 */
export async function measureWavLevels(
  wavPath: string,
  frameDbfs = DEFAULT_SILENCE_THRESHOLDS.frameDbfs,
): Promise<WavLevels> {
  const info = await readWavInfo(wavPath);
  if (info.audioFormat !== 1 || info.bitsPerSample !== 16) {
    throw corrupt(`expected a 16-bit PCM WAV, got format ${info.audioFormat} with ${info.bitsPerSample} bits`);
  }
  const frameSamples = Math.max(1, Math.round((info.sampleRate * info.channels * FRAME_MS) / 1000));
  // Compare mean squares, not dB, in the hot loop.
  const frameThreshold = (FULL_SCALE * 10 ** (frameDbfs / 20)) ** 2;
  const end = info.dataBytes === null ? undefined : info.dataOffset + info.dataBytes - 1;
  const stream = fs.createReadStream(wavPath, { start: info.dataOffset, end, highWaterMark: 64 * 1024 });

  let peak = 0;
  let sumSquares = 0;
  let samples = 0;
  let frameSum = 0;
  let frameCount = 0;
  let activeFrames = 0;
  const add = (value: number) => {
    const magnitude = value < 0 ? -value : value;
    if (magnitude > peak) peak = magnitude;
    const square = value * value;
    sumSquares += square;
    samples++;
    frameSum += square;
    if (++frameCount === frameSamples) {
      if (frameSum / frameSamples > frameThreshold) activeFrames++;
      frameSum = 0;
      frameCount = 0;
    }
  };

  // A chunk can end in the middle of a sample; carry its first byte over.
  let carry: number | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let offset = 0;
    if (carry !== null && chunk.length > 0) {
      add((((chunk[0]! << 8) | carry) << 16) >> 16);
      carry = null;
      offset = 1;
    }
    const whole = offset + Math.floor((chunk.length - offset) / 2) * 2;
    for (let i = offset; i < whole; i += 2) add(chunk.readInt16LE(i));
    if (whole < chunk.length) carry = chunk[whole]!;
  }
  return {
    peakDbfs: toDbfs(peak),
    rmsDbfs: samples > 0 ? toDbfs(Math.sqrt(sumSquares / samples)) : -Infinity,
    samples,
    activeMs: activeFrames * FRAME_MS,
  };
}

/** True when a 16-bit PCM WAV holds no sound worth transcribing. */
export async function isSilent(
  wavPath: string,
  thresholds: SilenceThresholds = DEFAULT_SILENCE_THRESHOLDS,
): Promise<boolean> {
  const levels = await measureWavLevels(wavPath, thresholds.frameDbfs);
  return levels.activeMs < thresholds.minActiveMs;
}
