import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { corrupt, engineMissing } from "../audio/errors";
import { ffmpegInputUrl, SAFE_INPUT_OPTIONS } from "../audio/probe";
import { CommandNotFoundError, CommandTimeoutError, lastLines, runProcess } from "../audio/run-process";

export interface SilenceRange {
  startMs: number;
  endMs: number;
}

export interface SilenceOptions {
  /** Added before and after every span, to cover word timings that are a little off. Default 150. */
  paddingMs?: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface SilenceResult {
  /** What was muted: the spans padded, sorted and merged. */
  ranges: SilenceRange[];
  /** True when there was nothing to mute and the file was copied as it is. */
  copied: boolean;
}

export const DEFAULT_PADDING_MS = 150;
/**
 * Audio is cut into frames of this many samples before muting, and a frame
 * is muted whole when any of it is in a range: at most this much extra
 * silence at each edge (20 ms at 8 kHz, 3 ms at 48 kHz), never a leak.
 */
const FRAME_SAMPLES = 160;
/** ffmpeg's expression parser gives up somewhere under 100 terms; each volume filter takes this many ranges. */
const RANGES_PER_FILTER = 64;
/** Longer filter graphs go to a script file instead of the command line. */
export const MAX_INLINE_FILTER_CHARS = 4096;

/** Spans padded (not before 0), sorted, and merged where they overlap or touch. Pure. */
export function mergeSilenceRanges(spans: readonly SilenceRange[], paddingMs = DEFAULT_PADDING_MS): SilenceRange[] {
  if (!Number.isFinite(paddingMs) || paddingMs < 0) throw new RangeError(`paddingMs must be 0 or more, got ${paddingMs}`);
  const padded = spans.map(({ startMs, endMs }) => {
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || startMs < 0 || endMs < startMs) {
      throw new RangeError(`not a time range: ${startMs}-${endMs} ms`);
    }
    return { startMs: Math.max(0, startMs - paddingMs), endMs: endMs + paddingMs };
  });
  padded.sort((a, b) => a.startMs - b.startMs);
  const merged: SilenceRange[] = [];
  for (const range of padded) {
    const last = merged[merged.length - 1];
    if (last && range.startMs <= last.endMs) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The ffmpeg audio filter graph that mutes the ranges. Timestamps are
 * recounted from the samples (asetpts), so "t" is the position in the
 * decoded audio, the same clock speech-to-text word timings use, even for
 * files whose first packet does not start at 0. A frame is muted when it
 * overlaps a range: its start is after (range start - frame length) and not
 * after the range end. The last frame may be shorter than FRAME_SAMPLES,
 * which only mutes a little more.
 */
export function silenceFilter(ranges: readonly SilenceRange[]): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const volumes: string[] = [];
  for (let i = 0; i < ranges.length; i += RANGES_PER_FILTER) {
    const terms = ranges
      .slice(i, i + RANGES_PER_FILTER)
      .map((r) => `between(t,${seconds(r.startMs)}-ld(0),${seconds(r.endMs)})`)
      .join("+");
    // Frame length from FRAME_SAMPLES, not nb_samples: ffmpeg 5.1's volume
    // filter leaves nb_samples NaN, and NaN would mute nothing. Should t or the
    // rate ever be NaN, everything is muted instead: redaction fails closed.
    volumes.push(
      `volume=volume='st(0,${FRAME_SAMPLES}/sample_rate);if(isnan(t)+isnan(ld(0))+${terms},0,1)':eval=frame`,
    );
  }
  return [`asetnsamples=n=${FRAME_SAMPLES}:p=0`, "asetpts=N/SR/TB", ...volumes].join(",");
}

let ffmpegMajor: Promise<number | null> | undefined;

/** ffmpeg's major version ("5.1.9-0+deb12u1" → 5), or null for builds that do not say (git snapshots). */
function ffmpegMajorVersion(signal?: AbortSignal): Promise<number | null> {
  ffmpegMajor ??= runProcess("ffmpeg", ["-hide_banner", "-version"], { signal, timeoutMs: 10_000 }).then(
    (result) => {
      const match = /^ffmpeg version n?(\d+)\./m.exec(result.stdout);
      return match ? Number(match[1]) : null;
    },
    (error: unknown) => {
      ffmpegMajor = undefined;
      throw error;
    },
  );
  return ffmpegMajor;
}

/**
 * How to hand ffmpeg a filter graph from a file: `-filter_script:a` until
 * 6.x (Debian 12 ships 5.1), `-/filter:a` from 7.0, which deprecated the
 * former. Unknown versions are taken to be new.
 */
export function filterScriptArgs(major: number | null, scriptPath: string): string[] {
  return major !== null && major < 7 ? ["-filter_script:a", scriptPath] : ["-/filter:a", scriptPath];
}

/**
 * Writes a copy of a recording with the given stretches muted (all
 * channels), for projects that redact audio. Channels, sample rate and
 * length stay as they are; a .wav output is 16-bit PCM, any other extension
 * gets ffmpeg's default codec for it. Without spans the file is copied as it
 * is (or converted, when the extensions differ).
 *
 * The copy appears at outputPath only when complete (written beside it,
 * then renamed), so outputPath may be the input itself. Throws AudioError:
 * ENGINE_MISSING when ffmpeg is not installed, CORRUPT when it cannot decode
 * the input; a missing input file is an ENOENT, as elsewhere.
 */
export async function silenceSpans(
  inputPath: string,
  outputPath: string,
  spans: readonly SilenceRange[],
  opts: SilenceOptions,
): Promise<SilenceResult> {
  const ranges = mergeSilenceRanges(spans, opts.paddingMs ?? DEFAULT_PADDING_MS);
  await fs.access(inputPath);
  await fs.access(path.dirname(path.resolve(outputPath)));
  const extension = path.extname(outputPath).toLowerCase();
  const partial = path.join(
    path.dirname(outputPath),
    `.${path.basename(outputPath, path.extname(outputPath))}.${randomBytes(6).toString("hex")}.partial${extension}`,
  );
  let scriptDir: string | undefined;

  try {
    if (ranges.length === 0 && extension === path.extname(inputPath).toLowerCase()) {
      await fs.copyFile(inputPath, partial);
      await fs.rename(partial, outputPath);
      return { ranges, copied: true };
    }

    const filterArgs: string[] = [];
    if (ranges.length > 0) {
      const filter = silenceFilter(ranges);
      if (filter.length <= MAX_INLINE_FILTER_CHARS) {
        filterArgs.push("-af", filter);
      } else {
        const major = await withFfmpegErrors(() => ffmpegMajorVersion(opts.signal), opts.timeoutMs);
        scriptDir = await fs.mkdtemp(path.join(os.tmpdir(), "callscope-silence-"));
        const scriptPath = path.join(scriptDir, "filter.txt");
        await fs.writeFile(scriptPath, filter);
        filterArgs.push(...filterScriptArgs(major, scriptPath));
      }
    }
    const args = [
      "-nostdin", "-hide_banner", "-v", "error",
      ...SAFE_INPUT_OPTIONS, "-i", ffmpegInputUrl(inputPath),
      "-map", "0:a",
      ...filterArgs,
      ...(extension === ".wav" ? ["-c:a", "pcm_s16le"] : []),
      "-y", ffmpegInputUrl(partial),
    ];
    const result = await withFfmpegErrors(
      () => runProcess("ffmpeg", args, { signal: opts.signal, timeoutMs: opts.timeoutMs, maxStdoutBytes: 1024 * 1024 }),
      opts.timeoutMs,
    );
    if (result.exitCode !== 0) {
      throw corrupt(lastLines(result.stderrTail) || `ffmpeg exited with code ${result.exitCode}`);
    }
    await fs.rename(partial, outputPath);
    return { ranges, copied: false };
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  } finally {
    if (scriptDir) await fs.rm(scriptDir, { recursive: true, force: true });
  }
}

async function withFfmpegErrors<T>(run: () => Promise<T>, timeoutMs: number): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandNotFoundError) throw engineMissing("ffmpeg", error);
    if (error instanceof CommandTimeoutError) {
      throw corrupt(`ffmpeg could not write the redacted copy within ${Math.round(timeoutMs / 1000)} s`, error);
    }
    throw error;
  }
}
