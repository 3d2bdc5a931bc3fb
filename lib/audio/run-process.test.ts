import { describe, expect, it } from "vitest";
import { CommandNotFoundError, CommandTimeoutError, lastLines, runProcess } from "./run-process";

const node = process.execPath;

describe("runProcess", () => {
  it("passes arguments verbatim, without a shell", async () => {
    const tricky = "$(touch /tmp/pwned); `id` | cat > x && echo 'quoted' \"double\"";
    const result = await runProcess(node, ["-e", "process.stdout.write(process.argv[1])", tricky]);
    expect(result).toMatchObject({ exitCode: 0, stdout: tricky });
  });

  it("reports the exit code and keeps only the end of stderr", async () => {
    const script = "process.stderr.write('x'.repeat(5000) + 'THE END'); process.exit(3)";
    const result = await runProcess(node, ["-e", script], { stderrTailBytes: 100 });
    expect(result.exitCode).toBe(3);
    expect(result.stderrTail).toHaveLength(100);
    expect(result.stderrTail.endsWith("THE END")).toBe(true);
  });

  it("throws CommandNotFoundError for a missing binary", async () => {
    await expect(runProcess("callscope-no-such-binary", [])).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  it("kills a process that runs past its time limit", async () => {
    const started = Date.now();
    const error = await runProcess(node, ["-e", "setTimeout(() => {}, 60_000)"], { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandTimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("kills the process when the caller aborts, with the caller's reason", async () => {
    const controller = new AbortController();
    const running = runProcess(node, ["-e", "setTimeout(() => {}, 60_000)"], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("cancelled by user")), 100);
    await expect(running).rejects.toThrow("cancelled by user");
  });

  it("does not start when already aborted", async () => {
    await expect(runProcess(node, ["-e", ""], { signal: AbortSignal.abort(new Error("too late")) })).rejects.toThrow("too late");
  });

  it("stops a process that floods stdout", async () => {
    const script = "const s = 'y'.repeat(65536); const w = () => { while (process.stdout.write(s)); process.stdout.once('drain', w); }; w();";
    await expect(runProcess(node, ["-e", script], { maxStdoutBytes: 1024 * 1024 })).rejects.toThrow(/more than 1048576 bytes/);
  });
});

describe("lastLines", () => {
  it("keeps the last non-empty lines, joined", () => {
    expect(lastLines("a\n\nb\r\nc\n  d  \n\n", 3)).toBe("b | c | d");
    expect(lastLines("")).toBe("");
  });
});
