import fs from "node:fs/promises";
import { corrupt } from "./errors";

/** What the RIFF/WAVE header says about a file. */
export interface WavInfo {
  /** 1 = integer PCM, 3 = float; WAVE_FORMAT_EXTENSIBLE is resolved to its sub-format. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Where the samples start. */
  dataOffset: number;
  /** Size of the data chunk as declared, or null when a streaming writer left it open (0 or 0xFFFFFFFF). */
  dataBytes: number | null;
  fileBytes: number;
}

/** The chunks before `data` (fmt, fact, LIST, bext...) fit in this many bytes in practice. */
const HEADER_SEARCH_BYTES = 64 * 1024;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

function fourcc(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

/** Parses the header from the first bytes of a WAV file; throws AudioError CORRUPT when it is not one. */
export function parseWavHeader(head: Uint8Array, fileBytes: number): WavInfo {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.length < 12 || !["RIFF", "RF64", "BW64"].includes(fourcc(view, 0)) || fourcc(view, 8) !== "WAVE") {
    throw corrupt("the WAV header is missing");
  }
  let fmt: Omit<WavInfo, "dataOffset" | "dataBytes" | "fileBytes"> | undefined;
  let offset = 12;
  while (offset + 8 <= head.length) {
    const id = fourcc(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === "fmt ") {
      if (size < 16 || body + 16 > head.length) throw corrupt("the WAV format chunk is too short");
      let audioFormat = view.getUint16(body, true);
      if (audioFormat === WAVE_FORMAT_EXTENSIBLE && size >= 40 && body + 26 <= head.length) {
        audioFormat = view.getUint16(body + 24, true);
      }
      fmt = {
        audioFormat,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === "data") {
      if (!fmt) throw corrupt("the WAV data chunk comes before its format chunk");
      const open = size === 0 || size === 0xffffffff;
      return { ...fmt, dataOffset: body, dataBytes: open ? null : size, fileBytes };
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  throw corrupt("the WAV file has no data chunk where one is expected");
}

export async function readWavInfo(filePath: string): Promise<WavInfo> {
  const handle = await fs.open(filePath, "r");
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, HEADER_SEARCH_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return parseWavHeader(head.subarray(0, bytesRead), size);
  } finally {
    await handle.close();
  }
}

/**
 * A WAV cut short in transit still decodes (ffmpeg reads what is there and
 * ffprobe measures the file, not the header), so the only place the loss
 * shows is the declared data size. Throws AudioError CORRUPT when the file
 * holds less than its header announces.
 */
export function assertWavComplete(info: WavInfo): void {
  if (info.dataBytes === null) return;
  const present = info.fileBytes - info.dataOffset;
  // One byte of slack for the pad byte after an odd-sized chunk.
  if (present + 1 >= info.dataBytes) return;
  const bytesPerSecond = info.sampleRate * info.channels * Math.max(1, info.bitsPerSample / 8);
  const seconds = (bytes: number) => (bytesPerSecond > 0 ? `${(bytes / bytesPerSecond).toFixed(1)} s` : `${bytes} bytes`);
  throw corrupt(
    `the WAV header announces ${seconds(info.dataBytes)} of audio but the file holds only ${seconds(Math.max(0, present))}; it was cut off`,
  );
}
