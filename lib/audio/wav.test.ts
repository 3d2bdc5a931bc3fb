import { describe, expect, it } from "vitest";
import { AudioError } from "./errors";
import { assertWavComplete, parseWavHeader } from "./wav";

interface Chunk {
  id: string;
  body: Uint8Array;
  /** Declared size when it differs from the body (streaming writers, truncation). */
  declared?: number;
}

function chunk(id: string, body: Uint8Array, declared?: number): Chunk {
  return { id, body, declared };
}

function fmtBody({ format = 1, channels = 1, rate = 16_000, bits = 16, extensibleSubformat }: {
  format?: number; channels?: number; rate?: number; bits?: number; extensibleSubformat?: number;
} = {}): Uint8Array {
  const body = new DataView(new ArrayBuffer(extensibleSubformat === undefined ? 16 : 40));
  body.setUint16(0, format, true);
  body.setUint16(2, channels, true);
  body.setUint32(4, rate, true);
  body.setUint32(8, (rate * channels * bits) / 8, true);
  body.setUint16(12, (channels * bits) / 8, true);
  body.setUint16(14, bits, true);
  if (extensibleSubformat !== undefined) {
    body.setUint16(16, 22, true);
    body.setUint16(24, extensibleSubformat, true);
  }
  return new Uint8Array(body.buffer);
}

function wav(chunks: Chunk[], riff = "RIFF"): Uint8Array {
  const parts: number[] = [...Buffer.from(riff), 0, 0, 0, 0, ...Buffer.from("WAVE")];
  for (const c of chunks) {
    const size = c.declared ?? c.body.length;
    parts.push(...Buffer.from(c.id), size & 0xff, (size >> 8) & 0xff, (size >> 16) & 0xff, (size >>> 24) & 0xff, ...c.body);
    if (c.body.length % 2) parts.push(0);
  }
  return new Uint8Array(parts);
}

const samples = (n: number) => new Uint8Array(n * 2);

describe("parseWavHeader", () => {
  it("reads a plain 44-byte header", () => {
    const file = wav([chunk("fmt ", fmtBody()), chunk("data", samples(100))]);
    expect(parseWavHeader(file, file.length)).toEqual({
      audioFormat: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16, dataOffset: 44, dataBytes: 200, fileBytes: file.length,
    });
  });

  it("skips LIST and odd-sized chunks before the data", () => {
    const file = wav([chunk("fmt ", fmtBody({ channels: 2, rate: 8000 })), chunk("LIST", new Uint8Array(5)), chunk("data", samples(4))]);
    // 12 RIFF + 24 fmt + 8 + 5 + 1 pad LIST + 8 data header
    expect(parseWavHeader(file, file.length)).toMatchObject({ channels: 2, sampleRate: 8000, dataOffset: 58, dataBytes: 8 });
  });

  it("resolves WAVE_FORMAT_EXTENSIBLE to its sub-format", () => {
    const file = wav([chunk("fmt ", fmtBody({ format: 0xfffe, bits: 24, extensibleSubformat: 1 })), chunk("data", samples(3))]);
    expect(parseWavHeader(file, file.length)).toMatchObject({ audioFormat: 1, bitsPerSample: 24 });
  });

  it.each([0, 0xffffffff])("treats a declared data size of %d as open (streaming writer)", (declared) => {
    const file = wav([chunk("fmt ", fmtBody()), chunk("data", samples(10), declared)]);
    expect(parseWavHeader(file, file.length).dataBytes).toBeNull();
  });

  it("accepts RF64", () => {
    const file = wav([chunk("fmt ", fmtBody()), chunk("data", samples(1), 0xffffffff)], "RF64");
    expect(parseWavHeader(file, file.length).dataBytes).toBeNull();
  });

  it.each<[string, Uint8Array]>([
    ["not RIFF", new Uint8Array(Buffer.from("%PDF-1.7 this is not a wav"))],
    ["no data chunk", wav([chunk("fmt ", fmtBody())])],
    ["data before fmt", wav([chunk("data", samples(2)), chunk("fmt ", fmtBody())])],
    ["a short fmt chunk", wav([chunk("fmt ", new Uint8Array(8)), chunk("data", samples(2))])],
    ["too short to hold a header", new Uint8Array(Buffer.from("RIFF"))],
  ])("throws CORRUPT for %s", (_name, file) => {
    expect(() => parseWavHeader(file, file.length)).toThrow(AudioError);
    expect(() => parseWavHeader(file, file.length)).toThrow(expect.objectContaining({ code: "CORRUPT" }));
  });
});

describe("assertWavComplete", () => {
  const info = { audioFormat: 1, channels: 2, sampleRate: 16_000, bitsPerSample: 16, dataOffset: 44 };
  it.each([
    ["complete", 64_000, 44 + 64_000],
    ["complete with the pad byte missing", 63_999, 44 + 63_998 + 1],
    ["longer than declared (trailing chunks)", 64_000, 44 + 64_000 + 500],
  ])("accepts a file that is %s", (_name, dataBytes, fileBytes) => {
    expect(() => assertWavComplete({ ...info, dataBytes, fileBytes })).not.toThrow();
  });

  it("accepts any size when the header left it open", () => {
    expect(() => assertWavComplete({ ...info, dataBytes: null, fileBytes: 100 })).not.toThrow();
  });

  it("says how much of the audio is missing", () => {
    // 10 s declared at 64 000 bytes/s, 2.5 s present.
    expect(() => assertWavComplete({ ...info, dataBytes: 640_000, fileBytes: 44 + 160_000 })).toThrow(
      /announces 10\.0 s of audio but the file holds only 2\.5 s; it was cut off/,
    );
  });
});
