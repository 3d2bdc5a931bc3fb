/**
 * Why a recording could not be turned into audio we can transcribe. The
 * pipeline stores `code` and `message` on the record (status `failed`), so the
 * message says what a person can do about it.
 */
export type AudioErrorCode = "ENGINE_MISSING" | "NOT_AUDIO" | "CORRUPT" | "SILENT" | "TOO_LONG";

export class AudioError extends Error {
  readonly code: AudioErrorCode;

  constructor(code: AudioErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "AudioError";
    this.code = code;
  }
}

/** The Debian package that provides each binary we run. */
const PACKAGE_OF: Record<string, string> = { ffmpeg: "ffmpeg", ffprobe: "ffmpeg" };

export function engineMissing(binary: "ffmpeg" | "ffprobe", cause?: unknown): AudioError {
  return new AudioError(
    "ENGINE_MISSING",
    `${binary} is not installed: apt-get install ${PACKAGE_OF[binary]} (or put ${binary} on PATH)`,
    { cause },
  );
}

export function notAudio(detail?: string): AudioError {
  return new AudioError(
    "NOT_AUDIO",
    `The file is not audio${detail ? ` (${detail})` : ""}. Upload a WAV, MP3, OGG, FLAC or M4A recording.`,
  );
}

export function corrupt(detail: string, cause?: unknown): AudioError {
  return new AudioError(
    "CORRUPT",
    `The recording is damaged or incomplete and cannot be decoded: ${detail}. Upload the file again, or re-export it from the phone system.`,
    { cause },
  );
}

export function silent(): AudioError {
  return new AudioError(
    "SILENT",
    "The recording is silent: no channel has any sound. Check that the phone system recorded the call, with the microphones unmuted.",
  );
}

export function tooLong(durationMs: number, maxDurationMs: number): AudioError {
  const minutes = (ms: number) => Math.round(ms / 6000) / 10;
  return new AudioError(
    "TOO_LONG",
    `The recording is ${minutes(durationMs)} minutes long; the limit is ${minutes(maxDurationMs)} minutes. Split it into shorter recordings.`,
  );
}
