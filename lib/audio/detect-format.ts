import fs from "node:fs/promises";
import { notAudio } from "./errors";

export type AudioFormat = "wav" | "mp3" | "ogg" | "flac" | "m4a";

/** The Content-Type we store and serve each accepted format with. */
export const AUDIO_CONTENT_TYPES: Record<AudioFormat, string> = {
  wav: "audio/wav",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  flac: "audio/flac",
  m4a: "audio/mp4",
};

/** How many leading bytes detectAudioFormat needs to see. */
export const FORMAT_HEAD_BYTES = 64;

/**
 * ISO base media brands that carry audio we accept as M4A. Plain MP4/ISO
 * brands are included because phone systems and browsers (MediaRecorder)
 * write audio-only files with them; ffmpeg takes the first audio stream.
 */
const MP4_AUDIO_BRANDS = new Set([
  "M4A ", "M4B ", "M4P ", "mp41", "mp42", "isom", "iso2", "iso4", "iso5", "iso6",
  "dash", "3gp4", "3gp5", "3gp6", "3g2a", "avc1", "f4a ", "MSNV",
]);

function ascii(head: Uint8Array, start: number, length: number): string {
  if (head.length < start + length) return "";
  return String.fromCharCode(...head.subarray(start, start + length));
}

/**
 * An MPEG audio frame header: 11 sync bits, then fields that must not hold
 * their reserved values. Checking them keeps random bytes that happen to start
 * with 0xFF (and AAC ADTS, whose "layer" is 00) from passing as MP3.
 */
function isMpegAudioFrame(head: Uint8Array): boolean {
  if (head.length < 4) return false;
  const [b0, b1, b2] = [head[0]!, head[1]!, head[2]!];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0b11; // 01 is reserved
  const layer = (b1 >> 1) & 0b11; // 00 is reserved (ADTS uses it)
  const bitrateIndex = b2 >> 4; // 1111 is invalid
  const sampleRateIndex = (b2 >> 2) & 0b11; // 11 is reserved
  return version !== 0b01 && layer !== 0b00 && bitrateIndex !== 0b1111 && sampleRateIndex !== 0b11;
}

function isMp4Audio(head: Uint8Array): boolean {
  if (ascii(head, 4, 4) !== "ftyp") return false;
  if (MP4_AUDIO_BRANDS.has(ascii(head, 8, 4))) return true;
  // Compatible brands follow the minor version, up to the end of the ftyp box.
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  const end = Math.min(boxSize, head.length);
  for (let offset = 16; offset + 4 <= end; offset += 4) {
    if (MP4_AUDIO_BRANDS.has(ascii(head, offset, 4))) return true;
  }
  return false;
}

/**
 * The format of a recording from its first bytes (FORMAT_HEAD_BYTES is
 * enough), never from its name: an upload called `call.wav` can be anything.
 * Returns null for everything that is not one of the accepted formats.
 */
export function detectAudioFormat(head: Uint8Array): AudioFormat | null {
  const riff = ascii(head, 0, 4);
  // RF64/BW64 are the WAV variants for files over 4 GB.
  if ((riff === "RIFF" || riff === "RF64" || riff === "BW64") && ascii(head, 8, 4) === "WAVE") return "wav";
  if (ascii(head, 0, 4) === "fLaC") return "flac";
  if (ascii(head, 0, 4) === "OggS") return "ogg";
  // An ID3v2 tag usually precedes MP3 frames; its version byte is never 0xFF.
  if (ascii(head, 0, 3) === "ID3" && head.length >= 10 && head[3] !== 0xff) return "mp3";
  if (isMpegAudioFrame(head)) return "mp3";
  if (isMp4Audio(head)) return "m4a";
  return null;
}

/** Reads the head of a file and names its format, or throws AudioError NOT_AUDIO. */
export async function sniffAudioFile(filePath: string): Promise<AudioFormat> {
  const handle = await fs.open(filePath, "r");
  try {
    const head = new Uint8Array(FORMAT_HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, FORMAT_HEAD_BYTES, 0);
    if (bytesRead === 0) throw notAudio("the file is empty");
    const format = detectAudioFormat(head.subarray(0, bytesRead));
    if (!format) throw notAudio("its first bytes match none of WAV, MP3, OGG, FLAC or M4A");
    return format;
  } finally {
    await handle.close();
  }
}
