import { spawn } from "node:child_process";

/**
 * Runs the audio tools (ffprobe, ffmpeg, pocketsphinx_continuous) with an
 * argument array and no shell, so a file name can never become a command.
 * Callers map the typed failures below to their own error codes.
 */
export interface RunOptions {
  signal?: AbortSignal;
  /** Kill the process (SIGKILL) after this long and reject with CommandTimeoutError. */
  timeoutMs?: number;
  /** Stdout is kept in memory for parsing; more than this kills the process. */
  maxStdoutBytes?: number;
  /** Only the end of stderr is kept: the tools log a lot, the error is last. */
  stderrTailBytes?: number;
}

export interface RunResult {
  exitCode: number | null;
  /** Set when the process died from a signal it did not get from us. */
  exitSignal: NodeJS.Signals | null;
  stdout: string;
  stderrTail: string;
}

/** The binary is not on PATH (spawn ENOENT). */
export class CommandNotFoundError extends Error {
  readonly command: string;

  constructor(command: string, options?: ErrorOptions) {
    super(`${command}: command not found`, options);
    this.name = "CommandNotFoundError";
    this.command = command;
  }
}

export class CommandTimeoutError extends Error {
  readonly command: string;
  readonly timeoutMs: number;

  constructor(command: string, timeoutMs: number) {
    super(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`);
    this.name = "CommandTimeoutError";
    this.command = command;
    this.timeoutMs = timeoutMs;
  }
}

const DEFAULT_MAX_STDOUT = 64 * 1024 * 1024;
const DEFAULT_STDERR_TAIL = 16 * 1024;

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { signal, timeoutMs } = options;
  const maxStdout = options.maxStdoutBytes ?? DEFAULT_MAX_STDOUT;
  const stderrTailBytes = options.stderrTailBytes ?? DEFAULT_STDERR_TAIL;
  if (signal?.aborted) return Promise.reject(signal.reason);

  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = Buffer.alloc(0);
    // Why we killed it, if we did; decides how the promise settles on close.
    let failure: unknown;
    let settled = false;

    const kill = (reason: unknown) => {
      failure ??= reason;
      child.kill("SIGKILL");
    };
    const onAbort = () => kill(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const timer =
      timeoutMs !== undefined ? setTimeout(() => kill(new CommandTimeoutError(command, timeoutMs)), timeoutMs) : undefined;

    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      settle();
    };

    child.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        kill(new Error(`${command} wrote more than ${maxStdout} bytes of output`));
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderrTail = Buffer.concat([stderrTail, chunk]);
      if (stderrTail.length > stderrTailBytes) stderrTail = stderrTail.subarray(stderrTail.length - stderrTailBytes);
    });

    child.on("error", (error: NodeJS.ErrnoException) => {
      finish(() => reject(error.code === "ENOENT" ? new CommandNotFoundError(command, { cause: error }) : error));
    });
    child.on("close", (exitCode, exitSignal) => {
      finish(() => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        resolve({
          exitCode,
          exitSignal,
          stdout: Buffer.concat(stdout).toString("utf8"),
          stderrTail: stderrTail.toString("utf8"),
        });
      });
    });
  });
}

/** The last non-empty lines of a tool's stderr, for an error message. */
export function lastLines(text: string, count = 3): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-count)
    .join(" | ");
}
