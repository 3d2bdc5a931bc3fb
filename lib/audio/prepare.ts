import { decodeChannels } from "./decode";
import { type AudioFormat, sniffAudioFile } from "./detect-format";
import { silent, tooLong } from "./errors";
import { type AudioProbe, probeAudio } from "./probe";
import { isSilent } from "./silence";

export interface PreparedAudio {
  format: AudioFormat;
  probe: AudioProbe;
  /** 16 kHz mono 16-bit WAVs in workDir: [left, right] or [mono]. */
  channelPaths: string[];
  durationMs: number;
  /** Per channel: nothing to transcribe there (a one-sided stereo recording). */
  silentChannels: boolean[];
}

export interface PrepareOptions {
  /** Longer recordings fail with TOO_LONG before anything is decoded. Default 4 hours. */
  maxDurationMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_DURATION_MS = 4 * 60 * 60 * 1000;

/**
 * Everything between an uploaded file and speech-to-text: check the magic
 * bytes, probe, enforce the length limit, decode one WAV per channel, and
 * refuse recordings with no sound on any channel. Throws AudioError (NOT_AUDIO,
 * CORRUPT, TOO_LONG, SILENT, ENGINE_MISSING). The caller owns workDir and
 * removes it when done, also after an error.
 */
export async function prepareAudio(inputPath: string, workDir: string, options: PrepareOptions = {}): Promise<PreparedAudio> {
  const format = await sniffAudioFile(inputPath);
  const probe = await probeAudio(inputPath, { signal: options.signal });
  const maxDurationMs = options.maxDurationMs ?? DEFAULT_MAX_DURATION_MS;
  if (probe.durationMs > maxDurationMs) throw tooLong(probe.durationMs, maxDurationMs);

  const { channelPaths, durationMs } = await decodeChannels(inputPath, workDir, { probe, signal: options.signal });
  const silentChannels = await Promise.all(channelPaths.map((p) => isSilent(p)));
  if (silentChannels.every(Boolean)) throw silent();
  return { format, probe, channelPaths, durationMs, silentChannels };
}
