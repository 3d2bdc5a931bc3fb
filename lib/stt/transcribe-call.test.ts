import { describe, expect, it } from "vitest";
import { transcribeCall } from "./transcribe-call";
import { type SttInput, type SttProvider, type SttWord } from "./types";

const w = (word: string, startMs: number, endMs: number): SttWord => ({ word, startMs, endMs });

/** A provider that answers from a table by file name, and records what it was asked. */
function fakeProvider(answers: Record<string, SttWord[] | Error | "hang">) {
  const calls: SttInput[] = [];
  const provider: SttProvider = {
    name: "fake",
    async transcribe(input) {
      calls.push(input);
      const answer = answers[input.wavPath];
      if (answer === "hang") {
        return new Promise((_resolve, reject) => {
          input.signal?.addEventListener("abort", () => reject(input.signal?.reason), { once: true });
        });
      }
      if (answer instanceof Error) throw answer;
      const words = answer ?? [];
      return { words, text: words.map((x) => x.word).join(" "), provider: "fake" };
    },
  };
  return { provider, calls };
}

const left = [w("hello", 0, 500), w("bye", 3000, 3400)];
const right = [w("hi", 1000, 1400)];

describe("transcribeCall", () => {
  it("gives the left channel to the agent and the right to the customer", async () => {
    const { provider, calls } = fakeProvider({ "l.wav": left, "r.wav": right });
    const result = await transcribeCall(provider, { channelPaths: ["l.wav", "r.wav"] }, { language: "en" });
    expect(result.segments.map((s) => [s.speaker, s.text])).toEqual([
      ["agent", "hello"],
      ["customer", "hi"],
      ["agent", "bye"],
    ]);
    expect(result.provider).toBe("fake");
    expect(calls.map((c) => c.language)).toEqual(["en", "en"]);
  });

  it("swaps the parties when the agent is on the right", async () => {
    const { provider } = fakeProvider({ "l.wav": left, "r.wav": right });
    const result = await transcribeCall(provider, { channelPaths: ["l.wav", "r.wav"] }, { language: "en", agentChannel: 1 });
    expect(result.segments.map((s) => s.speaker)).toEqual(["customer", "agent", "customer"]);
  });

  it("does not send a silent channel to the provider", async () => {
    const { provider, calls } = fakeProvider({ "l.wav": left });
    const result = await transcribeCall(
      provider,
      { channelPaths: ["l.wav", "r.wav"], silentChannels: [false, true] },
      { language: "en" },
    );
    expect(calls.map((c) => c.wavPath)).toEqual(["l.wav"]);
    expect(result.channels[1]).toBeNull();
    expect(result.segments.every((s) => s.speaker === "agent")).toBe(true);
  });

  it("splits a mono recording into speaker turns", async () => {
    const { provider } = fakeProvider({ "m.wav": [w("one", 0, 300), w("two", 2000, 2300)] });
    const result = await transcribeCall(provider, { channelPaths: ["m.wav"] }, { language: "en" });
    expect(result.segments.map((s) => [s.speaker, s.text])).toEqual([
      ["speaker", "one"],
      ["speaker", "two"],
    ]);
  });

  it("cancels the other channel when one fails, and reports the failure", async () => {
    const failure = new Error("engine exploded");
    const { provider, calls } = fakeProvider({ "l.wav": "hang", "r.wav": failure });
    await expect(transcribeCall(provider, { channelPaths: ["l.wav", "r.wav"] }, { language: "en" })).rejects.toBe(failure);
    expect(calls[0]!.signal?.aborted).toBe(true);
  });

  it("passes the caller's cancellation to every channel", async () => {
    const { provider, calls } = fakeProvider({ "l.wav": "hang", "r.wav": "hang" });
    const controller = new AbortController();
    const running = transcribeCall(provider, { channelPaths: ["l.wav", "r.wav"] }, { language: "en", signal: controller.signal });
    controller.abort(new Error("record deleted"));
    await expect(running).rejects.toThrow("record deleted");
    expect(calls.every((c) => c.signal?.aborted)).toBe(true);
  });
});
