import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { corrupt, engineMissing, notAudio } from "./errors";
import { CommandNotFoundError, CommandTimeoutError, lastLines, runProcess } from "./run-process";

export interface AudioProbe {
  durationMs: number;
  channels: number;
  sampleRate: number;
  /** ffprobe codec name: pcm_s16le, mp3, vorbis, opus, flac, aac... */
  codec: string;
  /** ffprobe container name: wav, mp3, ogg, flac, "mov,mp4,m4a,3gp,3g2,mj2"... */
  formatName: string;
  /**
   * True when ffprobe guessed the duration from the bitrate (MP3 without a
   * Xing/VBRI header): then it can be far off either way and must not be used
   * to call a file truncated.
   */
  durationIsEstimate: boolean;
}

const PROBE_TIMEOUT_MS = 60_000;

const ffprobeOutput = z.object({
  streams: z
    .array(
      z.object({
        codec_name: z.string().optional(),
        channels: z.number().int().optional(),
        sample_rate: z.string().optional(),
        duration: z.string().optional(),
      }),
    )
    .default([]),
  format: z
    .object({
      format_name: z.string().optional(),
      duration: z.string().optional(),
    })
    .optional(),
});

/**
 * ffmpeg reads its input by URL; `file:` plus an absolute path keeps names
 * such as `-x.wav` or `http:...` from being read as options or protocols.
 */
export function ffmpegInputUrl(filePath: string): string {
  return `file:${path.resolve(filePath)}`;
}

/**
 * Options every ffmpeg/ffprobe input gets: only local files may be opened, so
 * a playlist or concat script disguised as audio cannot make ffmpeg fetch URLs
 * or read other files.
 */
export const SAFE_INPUT_OPTIONS = ["-protocol_whitelist", "file"] as const;

/** Duration, channels and codec of a recording, from ffprobe. Throws AudioError. */
export async function probeAudio(filePath: string, options: { signal?: AbortSignal } = {}): Promise<AudioProbe> {
  // A missing file is a bug in the caller, not a damaged recording: let ENOENT through.
  await fs.access(filePath);
  const args = [
    "-hide_banner",
    // Warnings, not just errors: the "estimating duration from bitrate" notice is one.
    "-v", "warning",
    ...SAFE_INPUT_OPTIONS,
    "-print_format", "json",
    "-show_format",
    "-show_streams",
    "-select_streams", "a:0",
    ffmpegInputUrl(filePath),
  ];
  let result;
  try {
    result = await runProcess("ffprobe", args, { signal: options.signal, timeoutMs: PROBE_TIMEOUT_MS, maxStdoutBytes: 1024 * 1024 });
  } catch (error) {
    if (error instanceof CommandNotFoundError) throw engineMissing("ffprobe", error);
    if (error instanceof CommandTimeoutError) throw corrupt(`ffprobe could not read it within ${PROBE_TIMEOUT_MS / 1000} s`, error);
    throw error;
  }
  if (result.exitCode !== 0) {
    throw corrupt(lastLines(result.stderrTail) || `ffprobe exited with code ${result.exitCode}`);
  }
  return parseFfprobeJson(result.stdout, result.stderrTail);
}

/** Exported for tests: turns ffprobe's JSON (and its warnings) into an AudioProbe. */
export function parseFfprobeJson(stdout: string, stderr = ""): AudioProbe {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    throw corrupt("ffprobe did not describe it", error);
  }
  const parsed = ffprobeOutput.safeParse(json);
  if (!parsed.success) throw corrupt("ffprobe described it in an unexpected shape", parsed.error);
  const stream = parsed.data.streams[0];
  if (!stream) throw notAudio("it has no audio stream");

  const seconds = Number(parsed.data.format?.duration ?? stream.duration);
  if (!Number.isFinite(seconds) || seconds <= 0) throw corrupt("it has no audio (zero or unknown duration)");
  const channels = stream.channels ?? 0;
  if (channels < 1) throw corrupt("it has no audio channels");
  const sampleRate = Number(stream.sample_rate);
  if (!Number.isFinite(sampleRate) || sampleRate <= 0) throw corrupt("it has no sample rate");

  return {
    durationMs: Math.round(seconds * 1000),
    channels,
    sampleRate,
    codec: stream.codec_name ?? "unknown",
    formatName: parsed.data.format?.format_name ?? "unknown",
    durationIsEstimate: /estimating duration from bitrate/i.test(stderr),
  };
}
