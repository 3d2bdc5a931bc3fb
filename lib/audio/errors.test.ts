import { describe, expect, it } from "vitest";
import { AudioError, corrupt, engineMissing, notAudio, silent, tooLong } from "./errors";

describe("AudioError", () => {
  it.each<[string, AudioError, AudioError["code"], RegExp]>([
    ["ffmpeg missing", engineMissing("ffmpeg"), "ENGINE_MISSING", /^ffmpeg is not installed: apt-get install ffmpeg/],
    ["ffprobe missing (same package)", engineMissing("ffprobe"), "ENGINE_MISSING", /^ffprobe is not installed: apt-get install ffmpeg/],
    ["not audio", notAudio("it is a PDF"), "NOT_AUDIO", /^The file is not audio \(it is a PDF\)\. Upload a WAV, MP3, OGG, FLAC or M4A/],
    ["corrupt", corrupt("moov atom not found"), "CORRUPT", /cannot be decoded: moov atom not found\. Upload the file again/],
    ["silent", silent(), "SILENT", /^The recording is silent/],
    ["too long", tooLong(5 * 3_600_000 + 30_000, 4 * 3_600_000), "TOO_LONG", /is 300\.5 minutes long; the limit is 240 minutes/],
  ])("%s", (_name, error, code, message) => {
    expect(error).toBeInstanceOf(AudioError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AudioError");
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("keeps the cause", () => {
    const cause = new Error("spawn ENOENT");
    expect(engineMissing("ffmpeg", cause).cause).toBe(cause);
  });
});
