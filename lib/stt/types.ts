/** One recognised word with its place in the audio. */
export interface SttWord {
  word: string;
  startMs: number;
  endMs: number;
  /** 0..1 when the engine reports it. */
  confidence?: number;
}

export interface SttResult {
  /** In time order. */
  words: SttWord[];
  text: string;
  /** The provider's name, stored with the transcript. */
  provider: string;
}

export interface SttInput {
  /** A 16 kHz mono 16-bit WAV, one channel of the call (see decodeChannels). */
  wavPath: string;
  /** BCP 47 tag or ISO 639-1 code: "en", "en-US", "de"... */
  language: string;
  signal?: AbortSignal;
}

export interface SttProvider {
  name: string;
  transcribe(input: SttInput): Promise<SttResult>;
}

/** Who is talking: the two parties of a stereo call, or the single track of a mono one. */
export type Speaker = "agent" | "customer" | "speaker";

/** A speaker turn of the transcript. */
export interface Segment {
  speaker: Speaker;
  startMs: number;
  endMs: number;
  text: string;
  words: SttWord[];
}

export type SttErrorCode = "ENGINE_MISSING" | "PROVIDER_ERROR" | "TIMEOUT" | "UNSUPPORTED_LANGUAGE";

/**
 * Why speech-to-text failed. Stored on the record with `code`; the message
 * says what to install, configure or change.
 */
export class SttError extends Error {
  readonly code: SttErrorCode;
  /** HTTP status of a network provider's answer, when there was one. */
  readonly status?: number;

  constructor(code: SttErrorCode, message: string, options?: ErrorOptions & { status?: number }) {
    super(message, options);
    this.name = "SttError";
    this.code = code;
    this.status = options?.status;
  }
}
