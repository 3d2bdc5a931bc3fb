import fs from "node:fs/promises";
import path from "node:path";
import { AudioError } from "@/lib/audio/errors";
import { CommandNotFoundError, CommandTimeoutError, lastLines, runProcess } from "@/lib/audio/run-process";
import { readWavInfo } from "@/lib/audio/wav";
import { SttError, type SttInput, type SttProvider, type SttResult, type SttWord } from "./types";

/** Where Debian's pocketsphinx-en-us package puts the US English model. */
export const POCKETSPHINX_MODEL_DIR = "/usr/share/pocketsphinx/model/en-us";
const BINARY = "pocketsphinx_continuous";
const INSTALL = "apt-get install pocketsphinx pocketsphinx-en-us";

export interface PocketSphinxOptions {
  /** Kill the decoder after this long (STT_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /** Directory holding en-us/, en-us.lm.bin and cmudict-en-us.dict. */
  modelDir?: string;
  /** Extra decoder flags, e.g. ["-lw", "8"]; the benchmark uses them to tune. */
  extraArgs?: readonly string[];
  /** The executable; tests point it at a missing one. */
  binary?: string;
}

/** PocketSphinx ships an English model only. Accepts en, EN, en-US, en_GB... */
export function isEnglish(language: string): boolean {
  return /^en([-_][a-z0-9]+)*$/i.test(language.trim());
}

function modelFiles(modelDir: string) {
  return {
    hmm: path.join(modelDir, "en-us"),
    lm: path.join(modelDir, "en-us.lm.bin"),
    dict: path.join(modelDir, "cmudict-en-us.dict"),
  };
}

/**
 * Decoder flags. Extra flags come in `-flag value` pairs and replace a default
 * of the same name: the decoder refuses a flag given twice.
 */
export function pocketSphinxArgs(wavPath: string, modelDir: string, extraArgs: readonly string[] = []): string[] {
  const model = modelFiles(modelDir);
  const flags = new Map<string, string>([
    ["-infile", wavPath],
    ["-hmm", model.hmm],
    ["-lm", model.lm],
    ["-dict", model.dict],
    // Word timings on stdout after each utterance's hypothesis.
    ["-time", "yes"],
    // Spectral noise removal smears the clean, gated channels of a call
    // recording and costs words (see DESIGN.md, "AI providers").
    ["-remove_noise", "no"],
  ]);
  if (extraArgs.length % 2 !== 0) throw new Error(`PocketSphinx extra flags must be -flag value pairs, got ${extraArgs.join(" ")}`);
  for (let i = 0; i < extraArgs.length; i += 2) flags.set(extraArgs[i]!, extraArgs[i + 1]!);
  return [...flags].flat();
}

// `word start end posterior`, e.g. `refund(2) 13.560 13.900 0.874314`.
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) ([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)$/;

/** Sentence markers, silence and fillers: <s>, </s>, <sil>, [NOISE], [SPEECH], ++BREATH++. */
function isFiller(token: string): boolean {
  return /^<.*>$/.test(token) || /^\[.*\]$/.test(token) || /^\+\+.*\+\+$/.test(token);
}

/**
 * The words of `pocketsphinx_continuous -time yes` output. Hypothesis lines
 * (plain text) are skipped, fillers dropped, and alternate-pronunciation
 * suffixes (`for(2)`) removed. Times are absolute from the start of the file.
 */
export function parsePocketSphinxOutput(stdout: string): SttWord[] {
  const words: SttWord[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = WORD_LINE.exec(line.trim());
    if (!match) continue;
    const [, token, start, end, posterior] = match;
    if (isFiller(token!)) continue;
    const word = token!.replace(/\(\d+\)$/, "");
    if (!word) continue;
    words.push({
      word,
      startMs: Math.round(Number(start) * 1000),
      endMs: Math.round(Number(end) * 1000),
      confidence: Math.min(1, Math.max(0, Number(posterior))),
    });
  }
  return words.sort((a, b) => a.startMs - b.startMs);
}

/**
 * The decoder reads 44 header bytes and checks rate, width and channels
 * itself, but only logs a mismatch; checking first gives a clear error.
 */
async function checkInput(wavPath: string): Promise<void> {
  const fix = "PocketSphinx needs a 16 kHz mono 16-bit WAV named *.wav (decodeChannels writes one)";
  if (!wavPath.endsWith(".wav")) {
    throw new SttError("PROVIDER_ERROR", `${fix}; got ${path.basename(wavPath)}`);
  }
  let info;
  try {
    info = await readWavInfo(wavPath);
  } catch (error) {
    if (error instanceof AudioError) throw new SttError("PROVIDER_ERROR", `${fix}: ${error.message}`, { cause: error });
    throw error;
  }
  if (info.audioFormat !== 1 || info.bitsPerSample !== 16 || info.channels !== 1 || info.sampleRate !== 16_000) {
    throw new SttError(
      "PROVIDER_ERROR",
      `${fix}; got ${info.sampleRate} Hz, ${info.channels} channel(s), ${info.bitsPerSample}-bit (format ${info.audioFormat})`,
    );
  }
}

async function checkModel(modelDir: string): Promise<void> {
  for (const file of Object.values(modelFiles(modelDir))) {
    try {
      await fs.access(file);
    } catch (error) {
      throw new SttError("ENGINE_MISSING", `The PocketSphinx English model is not installed (${file} is missing): ${INSTALL}`, {
        cause: error,
      });
    }
  }
}

export function createPocketSphinxProvider(options: PocketSphinxOptions): SttProvider {
  const modelDir = options.modelDir ?? POCKETSPHINX_MODEL_DIR;
  const binary = options.binary ?? BINARY;
  return {
    name: "pocketsphinx",
    async transcribe({ wavPath, language, signal }: SttInput): Promise<SttResult> {
      if (!isEnglish(language)) {
        throw new SttError(
          "UNSUPPORTED_LANGUAGE",
          `PocketSphinx only has an English model, and this recording is "${language}". Set STT_PROVIDER=openai or deepgram to transcribe other languages.`,
        );
      }
      await checkInput(wavPath);
      await checkModel(modelDir);

      let result;
      try {
        result = await runProcess(binary, pocketSphinxArgs(wavPath, modelDir, options.extraArgs), {
          signal,
          timeoutMs: options.timeoutMs,
        });
      } catch (error) {
        if (error instanceof CommandNotFoundError) {
          throw new SttError("ENGINE_MISSING", `PocketSphinx is not installed: ${INSTALL} (or set STT_PROVIDER to openai or deepgram)`, {
            cause: error,
          });
        }
        if (error instanceof CommandTimeoutError) {
          throw new SttError(
            "TIMEOUT",
            `PocketSphinx did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped; raise STT_TIMEOUT_SECONDS for long recordings`,
            { cause: error },
          );
        }
        throw error;
      }
      if (result.exitCode !== 0) {
        // Its log is on stderr; the ERROR/FATAL lines say what went wrong.
        const errors = result.stderrTail.split("\n").filter((line) => /^(ERROR|FATAL)/.test(line));
        const detail = errors.length > 0 ? errors.slice(-2).join(" | ") : lastLines(result.stderrTail);
        throw new SttError("PROVIDER_ERROR", `PocketSphinx failed (exit code ${result.exitCode ?? result.exitSignal}): ${detail}`);
      }
      const words = parsePocketSphinxOutput(result.stdout);
      return { words, text: words.map((w) => w.word).join(" "), provider: "pocketsphinx" };
    },
  };
}
