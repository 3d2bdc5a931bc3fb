import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareAudio, type PreparedAudio } from "@/lib/audio/prepare";
import { computeTalkMetrics } from "@/lib/audio/talk-metrics";
import { readWavInfo } from "@/lib/audio/wav";
import { makeTestCalls, type TestCalls } from "@/test-fixtures/test-calls";
import { createPocketSphinxProvider } from "./pocketsphinx";
import { type CallTranscript, transcribeCall } from "./transcribe-call";
import { wordErrorRate } from "./wer";

/**
 * The whole path of a stereo call: synthesised WAV with known words → decode
 * per channel → PocketSphinx on both channels in parallel → merged turns.
 * Transcribed once for the file; every test reads the same result.
 */
let calls: TestCalls;
let prepared: PreparedAudio;
let transcript: CallTranscript;

beforeAll(async () => {
  calls = await makeTestCalls();
  prepared = await prepareAudio(calls.stereoWav, path.join(calls.dir, "work"));
  transcript = await transcribeCall(createPocketSphinxProvider({ timeoutMs: 120_000 }), prepared, { language: "en-US" });
}, 120_000);
afterAll(() => calls?.cleanup());

describe("a stereo call through decode, PocketSphinx and merge", () => {
  it("gives one turn per scripted turn, alternating agent and customer", () => {
    expect(transcript.provider).toBe("pocketsphinx");
    expect(transcript.segments.map((s) => s.speaker)).toEqual(calls.turns.map((t) => t.speaker));
  });

  it("places every turn where it was spoken", () => {
    transcript.segments.forEach((segment, i) => {
      const turn = calls.turns[i]!;
      // flite leaves ~0.1 s of silence around each sentence; word times are at 10 ms frames.
      expect(segment.startMs).toBeGreaterThanOrEqual(turn.startMs - 300);
      expect(segment.endMs).toBeLessThanOrEqual(turn.endMs + 300);
      expect(segment.endMs).toBeGreaterThan(segment.startMs);
    });
  });

  it("recognises each party with a word error rate of at most 15%", () => {
    const [agent, customer] = transcript.channels;
    const agentWer = wordErrorRate(calls.reference.agent, agent!.text);
    const customerWer = wordErrorRate(calls.reference.customer, customer!.text);
    const overall = wordErrorRate(
      `${calls.reference.agent}\n${calls.reference.customer}`,
      `${agent!.text} ${customer!.text}`,
    );
    const report = `agent ${agentWer.wer.toFixed(3)} ("${agent!.text}"), customer ${customerWer.wer.toFixed(3)} ("${customer!.text}")`;
    expect(agentWer.wer, report).toBeLessThanOrEqual(0.15);
    expect(customerWer.wer, report).toBeLessThanOrEqual(0.15);
    expect(overall.wer, report).toBeLessThanOrEqual(0.15);
  });

  it("gives talk metrics that match the script", () => {
    const metrics = computeTalkMetrics(transcript.segments, prepared.durationMs);
    const scripted = computeTalkMetrics(calls.turns, calls.durationMs);
    expect(metrics.overtalkCount).toBe(0);
    expect(metrics.talkRatio!).toBeCloseTo(scripted.talkRatio!, 1);
    expect(metrics.longestMonologueSpeaker).toBe(scripted.longestMonologueSpeaker);
    expect(Math.abs(metrics.silenceMs - scripted.silenceMs)).toBeLessThan(3000);
  });
});

describe("every accepted format decodes to the same two channels", () => {
  it.each([
    ["MP3", (c: TestCalls) => c.mp3],
    ["OGG", (c: TestCalls) => c.ogg],
    ["FLAC", (c: TestCalls) => c.flac],
    ["M4A", (c: TestCalls) => c.m4a],
  ])("%s", async (name, file) => {
    const decoded = await prepareAudio(file(calls), path.join(calls.dir, `work-${name}`));
    expect(decoded.channelPaths).toHaveLength(2);
    expect(decoded.silentChannels).toEqual([false, false]);
    expect(Math.abs(decoded.durationMs - calls.durationMs)).toBeLessThan(150);
    const [left, right] = await Promise.all(decoded.channelPaths.map((channel) => readWavInfo(channel)));
    expect(left).toMatchObject({ sampleRate: 16_000, channels: 1, bitsPerSample: 16 });
    expect(right!.fileBytes).toBe(left!.fileBytes);
  });
});
