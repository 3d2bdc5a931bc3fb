import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCalls, type TestCalls } from "@/test-fixtures/test-calls";
import { prepareAudio } from "./prepare";

const run = promisify(execFile);
let calls: TestCalls;
let counter = 0;

beforeAll(async () => {
  calls = await makeTestCalls();
});
afterAll(() => calls?.cleanup());

const workDir = () => path.join(calls.dir, `work-${++counter}`);

describe("prepareAudio", () => {
  it("turns a stereo MP3 into two channel WAVs with sound", async () => {
    const prepared = await prepareAudio(calls.mp3, workDir());
    expect(prepared).toMatchObject({ format: "mp3", silentChannels: [false, false] });
    expect(prepared.probe.channels).toBe(2);
    expect(prepared.channelPaths).toHaveLength(2);
    expect(Math.abs(prepared.durationMs - calls.durationMs)).toBeLessThan(150);
  });

  it("turns a mono WAV into one channel", async () => {
    const prepared = await prepareAudio(calls.monoWav, workDir());
    expect(prepared).toMatchObject({ format: "wav", silentChannels: [false], durationMs: calls.durationMs });
  });

  it("marks the silent side of a one-sided stereo recording", async () => {
    const oneSided = path.join(calls.dir, "agent-only.wav");
    await run("sox", [calls.stereoWav, oneSided, "remix", "1", "0"]);
    expect((await prepareAudio(oneSided, workDir())).silentChannels).toEqual([false, true]);
  });

  const failures: [string, (c: TestCalls) => string, string][] = [
    ["a silent recording", (c) => c.silentWav, "SILENT"],
    ["a text file named .wav", (c) => c.notAudio, "NOT_AUDIO"],
    ["a truncated WAV", (c) => c.truncatedWav, "CORRUPT"],
  ];
  it.each(failures)("refuses %s", async (_name, file, code) => {
    await expect(prepareAudio(file(calls), workDir())).rejects.toMatchObject({ code });
  });

  it("refuses a recording over the length limit before decoding it", async () => {
    const dir = workDir();
    await expect(prepareAudio(calls.stereoWav, dir, { maxDurationMs: 10_000 })).rejects.toMatchObject({
      code: "TOO_LONG",
      message: expect.stringMatching(/0\.6 minutes long; the limit is 0\.2 minutes/),
    });
    await expect(fs.access(dir)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
