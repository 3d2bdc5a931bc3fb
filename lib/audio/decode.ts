import fs from "node:fs/promises";
import path from "node:path";
import { corrupt, engineMissing } from "./errors";
import { type AudioProbe, ffmpegInputUrl, probeAudio, SAFE_INPUT_OPTIONS } from "./probe";
import { CommandNotFoundError, CommandTimeoutError, lastLines, runProcess } from "./run-process";
import { assertWavComplete, readWavInfo } from "./wav";

/** What every decoded channel is: what PocketSphinx needs, and what the other providers accept. */
export const DECODED_SAMPLE_RATE = 16_000;
const BYTES_PER_SAMPLE = 2;

/** Stereo call recordings put one party on each side; more channels than that are not a call we understand. */
const MAX_CHANNELS = 2;
const DEFAULT_DECODE_TIMEOUT_MS = 30 * 60_000;

export interface DecodedAudio {
  /** One 16 kHz mono 16-bit WAV per channel: [left, right] for stereo, [mono] for mono. */
  channelPaths: string[];
  /** Length of the decoded audio. */
  durationMs: number;
}

export interface DecodeOptions {
  signal?: AbortSignal;
  /** Pass the probe when the caller already has it, to save an ffprobe run. */
  probe?: AudioProbe;
  timeoutMs?: number;
}

/** The ffmpeg filter graph: channel i of the first audio stream → mono, 16 kHz → [ci]. */
export function channelSplitFilter(channelCount: number): string {
  return Array.from(
    { length: channelCount },
    (_, i) => `[0:a:0]pan=mono|c0=c${i},aresample=${DECODED_SAMPLE_RATE}[c${i}]`,
  ).join(";");
}

/**
 * Decodes any accepted recording into one 16 kHz mono signed 16-bit WAV per
 * channel (the first two channels when there are more), written to outDir as
 * channel-0.wav, channel-1.wav. ffmpeg streams from file to file, so memory
 * does not grow with the recording. Throws AudioError (CORRUPT, ENGINE_MISSING,
 * NOT_AUDIO) and leaves no partial output behind.
 */
export async function decodeChannels(inputPath: string, outDir: string, options: DecodeOptions = {}): Promise<DecodedAudio> {
  const probe = options.probe ?? (await probeAudio(inputPath, { signal: options.signal }));
  if (probe.formatName === "wav") {
    // Only a header we can read can prove a cut; odd but valid layouts
    // (a data chunk after a huge bext/iXML chunk) are ffmpeg's to judge.
    const info = await readWavInfo(inputPath).catch(() => null);
    if (info) assertWavComplete(info);
  }

  const channelCount = Math.min(probe.channels, MAX_CHANNELS);
  await fs.mkdir(outDir, { recursive: true });
  const channelPaths = Array.from({ length: channelCount }, (_, i) => path.join(outDir, `channel-${i}.wav`));

  const args = ["-nostdin", "-hide_banner", "-v", "error", ...SAFE_INPUT_OPTIONS, "-i", ffmpegInputUrl(inputPath)];
  args.push("-filter_complex", channelSplitFilter(channelCount));
  channelPaths.forEach((outPath, i) => {
    args.push(
      "-map", `[c${i}]`,
      "-c:a", "pcm_s16le",
      "-ar", String(DECODED_SAMPLE_RATE),
      // Bit-exact output has a plain 44-byte header (no LIST/encoder chunk):
      // pocketsphinx_continuous skips exactly 44 bytes before the samples.
      "-fflags", "+bitexact",
      "-flags:a", "+bitexact",
      "-y", ffmpegInputUrl(outPath),
    );
  });

  try {
    let result;
    try {
      result = await runProcess("ffmpeg", args, {
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? DEFAULT_DECODE_TIMEOUT_MS,
        maxStdoutBytes: 1024 * 1024,
      });
    } catch (error) {
      if (error instanceof CommandNotFoundError) throw engineMissing("ffmpeg", error);
      if (error instanceof CommandTimeoutError) throw corrupt(`ffmpeg could not decode it within ${Math.round(error.timeoutMs / 1000)} s`, error);
      throw error;
    }
    if (result.exitCode !== 0) {
      throw corrupt(lastLines(result.stderrTail) || `ffmpeg exited with code ${result.exitCode}`);
    }

    const info = await readWavInfo(channelPaths[0]!);
    const durationMs = Math.round(
      ((info.fileBytes - info.dataOffset) / BYTES_PER_SAMPLE / DECODED_SAMPLE_RATE) * 1000,
    );
    if (durationMs <= 0) throw corrupt("no audio could be decoded from it");
    // A FLAC, M4A or MP3 (with a Xing header) that was cut off still decodes,
    // just shorter than its header says. Tolerance for encoder padding.
    const tolerance = Math.max(1000, probe.durationMs * 0.05);
    if (!probe.durationIsEstimate && durationMs < probe.durationMs - tolerance) {
      throw corrupt(
        `it announces ${(probe.durationMs / 1000).toFixed(1)} s but only ${(durationMs / 1000).toFixed(1)} s could be decoded; it was cut off`,
      );
    }
    return { channelPaths, durationMs };
  } catch (error) {
    await Promise.all(channelPaths.map((p) => fs.rm(p, { force: true })));
    throw error;
  }
}
