import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * The scripted support call of scripts/make-test-calls.sh, generated into a
 * fresh temp directory. Tests call this once per file (PocketSphinx and the
 * encoders are slow enough) and `cleanup()` in afterAll. A missing flite, sox
 * or ffmpeg makes it throw with the install command: those tests fail, they
 * do not skip.
 */
export interface TestTurn {
  speaker: "agent" | "customer";
  startMs: number;
  endMs: number;
  text: string;
}

export interface TestCalls {
  dir: string;
  /** 16 kHz 16-bit stereo WAV: agent left, customer right. */
  stereoWav: string;
  mp3: string;
  ogg: string;
  flac: string;
  m4a: string;
  monoWav: string;
  silentWav: string;
  truncatedWav: string;
  /** A text file named .wav. */
  notAudio: string;
  /** What each party says, normalised, one turn a line. */
  reference: { agent: string; customer: string };
  turns: TestTurn[];
  /** Exact length of the call (all versions). */
  durationMs: number;
  cleanup(): Promise<void>;
}

const run = promisify(execFile);
// Both test runners start in the repository root; import.meta would tie this file to ESM, which Playwright does not load.
const SCRIPT = path.resolve(process.cwd(), "scripts/make-test-calls.sh");

export async function makeTestCalls(): Promise<TestCalls> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "callscope-test-calls-"));
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await run("bash", [SCRIPT, dir]);
  } catch (error) {
    await cleanup();
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`scripts/make-test-calls.sh failed: ${stderr || (error as Error).message}`, { cause: error });
  }
  const file = (name: string) => path.join(dir, name);
  const turns = (await fs.readFile(file("turns.tsv"), "utf8"))
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [speaker, startMs, endMs, text] = line.split("\t");
      return { speaker: speaker as TestTurn["speaker"], startMs: Number(startMs), endMs: Number(endMs), text: text ?? "" };
    });
  // 44-byte header, 2 channels x 2 bytes at 16 kHz.
  const { size } = await fs.stat(file("call-stereo.wav"));
  return {
    dir,
    stereoWav: file("call-stereo.wav"),
    mp3: file("call-stereo.mp3"),
    ogg: file("call-stereo.ogg"),
    flac: file("call-stereo.flac"),
    m4a: file("call-stereo.m4a"),
    monoWav: file("call-mono.wav"),
    silentWav: file("silent.wav"),
    truncatedWav: file("truncated.wav"),
    notAudio: file("not-audio.wav"),
    reference: {
      agent: await fs.readFile(file("reference-agent.txt"), "utf8"),
      customer: await fs.readFile(file("reference-customer.txt"), "utf8"),
    },
    turns,
    durationMs: Math.round(((size - 44) / 4 / 16_000) * 1000),
    cleanup,
  };
}
