import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPocketSphinxProvider,
  isEnglish,
  parsePocketSphinxOutput,
  pocketSphinxArgs,
  POCKETSPHINX_MODEL_DIR,
} from "./pocketsphinx";
import type { SttResult } from "./types";
import { wordErrorRate } from "./wer";

const run = promisify(execFile);
const SENTENCE = "Thank you for calling Acme support. How can I help you today?";
let dir: string;
let wavPath: string;
let result: SttResult;

// One decoder run for the whole file: PocketSphinx takes about a second per utterance.
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pocketsphinx-test-"));
  const raw = path.join(dir, "raw.wav");
  await run("flite", ["-voice", "kal16", "-t", SENTENCE, "-o", raw]).catch((error: Error) => {
    throw new Error(`flite is needed to synthesise test speech: apt-get install flite (${error.message})`);
  });
  wavPath = path.join(dir, "utterance.wav");
  // Half a second of silence first, so word times have a known offset.
  await run("sox", [raw, "-r", "16000", "-c", "1", "-b", "16", wavPath, "pad", "0.5", "0.5"]);
  result = await createPocketSphinxProvider({ timeoutMs: 60_000 }).transcribe({ wavPath, language: "en-US" });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("PocketSphinx on synthesised speech", () => {
  it("recognises the sentence", () => {
    expect(result.provider).toBe("pocketsphinx");
    expect(result.text).toBe(result.words.map((w) => w.word).join(" "));
    expect(wordErrorRate(SENTENCE, result.text).wer).toBeLessThanOrEqual(0.25);
    expect(result.text).toContain("thank you for calling");
  });

  it("gives word times inside the audio, in order, without fillers", async () => {
    const { stdout } = await run("soxi", ["-D", wavPath]);
    const durationMs = Number(stdout) * 1000;
    expect(result.words[0]!.startMs).toBeGreaterThanOrEqual(300);
    for (const word of result.words) {
      expect(word.endMs).toBeGreaterThan(word.startMs);
      expect(word.endMs).toBeLessThanOrEqual(durationMs);
      expect(word.word).toMatch(/^[a-z']+$/);
      expect(word.confidence).toBeGreaterThanOrEqual(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
    const starts = result.words.map((w) => w.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("PocketSphinx refuses what it cannot do", () => {
  const provider = createPocketSphinxProvider({ timeoutMs: 60_000 });

  it.each(["de", "fr-FR", "es", "auto"])("language %s → UNSUPPORTED_LANGUAGE", async (language) => {
    await expect(provider.transcribe({ wavPath, language })).rejects.toMatchObject({
      code: "UNSUPPORTED_LANGUAGE",
      message: expect.stringContaining("Set STT_PROVIDER=openai or deepgram"),
    });
  });

  it.each<[string, string[], RegExp]>([
    ["stereo", ["-c", "2"], /got 16000 Hz, 2 channel\(s\), 16-bit/],
    ["8 kHz", ["-r", "8000"], /got 8000 Hz, 1 channel\(s\), 16-bit/],
    ["32-bit", ["-b", "32"], /got 16000 Hz, 1 channel\(s\), 32-bit/],
  ])("a %s WAV → PROVIDER_ERROR naming what it needs", async (name, soxArgs, detail) => {
    const other = path.join(dir, `${name}.wav`);
    await run("sox", [wavPath, ...soxArgs, other]);
    await expect(provider.transcribe({ wavPath: other, language: "en" })).rejects.toMatchObject({
      code: "PROVIDER_ERROR",
      message: expect.stringMatching(new RegExp(`needs a 16 kHz mono 16-bit WAV.*${detail.source}`)),
    });
  });

  it("a file not named .wav → PROVIDER_ERROR (the decoder would read it as raw samples)", async () => {
    const raw = path.join(dir, "utterance.pcm");
    await fs.copyFile(wavPath, raw);
    await expect(provider.transcribe({ wavPath: raw, language: "en" })).rejects.toMatchObject({ code: "PROVIDER_ERROR" });
  });

  it("a missing binary → ENGINE_MISSING with the apt command", async () => {
    const missing = createPocketSphinxProvider({ timeoutMs: 60_000, binary: "callscope-no-pocketsphinx" });
    await expect(missing.transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "ENGINE_MISSING",
      message: expect.stringContaining("PocketSphinx is not installed: apt-get install pocketsphinx pocketsphinx-en-us"),
    });
  });

  it("a missing model → ENGINE_MISSING naming the model package", async () => {
    const noModel = createPocketSphinxProvider({ timeoutMs: 60_000, modelDir: path.join(dir, "no-model") });
    await expect(noModel.transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "ENGINE_MISSING",
      message: expect.stringMatching(/English model is not installed .*apt-get install pocketsphinx pocketsphinx-en-us/),
    });
  });

  it("a run past STT_TIMEOUT_SECONDS is killed → TIMEOUT", async () => {
    // Loading the model alone takes longer than this.
    const hasty = createPocketSphinxProvider({ timeoutMs: 20 });
    await expect(hasty.transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "TIMEOUT",
      message: expect.stringContaining("raise STT_TIMEOUT_SECONDS"),
    });
  });

  it("a decoder failure → PROVIDER_ERROR with its ERROR line", async () => {
    const broken = createPocketSphinxProvider({ timeoutMs: 60_000, extraArgs: ["-no_such_flag", "1"] });
    await expect(broken.transcribe({ wavPath, language: "en" })).rejects.toMatchObject({
      code: "PROVIDER_ERROR",
      message: expect.stringMatching(/^PocketSphinx failed \(exit code \d+\): .*no_such_flag/),
    });
  });
});

describe("parsePocketSphinxOutput", () => {
  it("keeps words with times, drops hypotheses, fillers and pronunciation numbers", () => {
    const stdout = [
      "thank you for calling",
      "<s> 0.000 0.150 1.000000",
      "thank 0.160 0.510 0.905732",
      "you 0.520 0.630 0.993719",
      "<sil> 0.640 0.700 0.149103",
      "for(2) 0.710 0.800 1.000000",
      "[NOISE] 0.810 0.900 0.500000",
      "++BREATH++ 0.900 0.950 0.500000",
      "calling 0.960 1.200 1.2e-05",
      "</s> 1.210 1.360 1.000000",
      "",
      "goodbye",
      "<s> 13.280 13.550 0.999300",
      "goodbye 13.560 13.900 0.874314",
      "</s> 13.910 14.000 1.000000",
    ].join("\n");
    expect(parsePocketSphinxOutput(stdout)).toEqual([
      { word: "thank", startMs: 160, endMs: 510, confidence: 0.905732 },
      { word: "you", startMs: 520, endMs: 630, confidence: 0.993719 },
      { word: "for", startMs: 710, endMs: 800, confidence: 1 },
      { word: "calling", startMs: 960, endMs: 1200, confidence: 1.2e-5 },
      { word: "goodbye", startMs: 13_560, endMs: 13_900, confidence: 0.874314 },
    ]);
  });

  it("reads nothing from empty output", () => {
    expect(parsePocketSphinxOutput("")).toEqual([]);
  });
});

describe("arguments", () => {
  it("pass the model explicitly, ask for times and keep noise removal off", () => {
    const args = pocketSphinxArgs("/tmp/x.wav", POCKETSPHINX_MODEL_DIR, ["-lw", "8"]);
    expect(args).toEqual([
      "-infile", "/tmp/x.wav",
      "-hmm", `${POCKETSPHINX_MODEL_DIR}/en-us`,
      "-lm", `${POCKETSPHINX_MODEL_DIR}/en-us.lm.bin`,
      "-dict", `${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`,
      "-time", "yes",
      "-remove_noise", "no",
      "-lw", "8",
    ]);
  });

  it("let extra flags replace a default instead of repeating it (the decoder refuses duplicates)", () => {
    const args = pocketSphinxArgs("/tmp/x.wav", "/m", ["-remove_noise", "yes"]);
    expect(args.filter((a) => a === "-remove_noise")).toHaveLength(1);
    expect(args[args.indexOf("-remove_noise") + 1]).toBe("yes");
    expect(() => pocketSphinxArgs("/tmp/x.wav", "/m", ["-lw"])).toThrow(/pairs/);
  });

  it.each([
    ["en", true], ["EN", true], ["en-US", true], ["en_GB", true], ["en-US-x-twang", true],
    ["de", false], ["eng", false], ["", false], ["auto", false], ["fr-CA", false],
  ])("isEnglish(%j) = %s", (language, expected) => {
    expect(isEnglish(language)).toBe(expected);
  });
});
