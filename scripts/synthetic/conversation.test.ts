import { describe, expect, it } from "vitest";
import { syntheticConversation } from "./conversation";
import { seededRandom } from "./random";

const many = (seed: number, n: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => syntheticConversation(random, i));
};

describe("syntheticConversation", () => {
  it("is the same for the same seed and different for another", () => {
    expect(many(7, 20)).toEqual(many(7, 20));
    expect(many(8, 20).map((c) => c.segments[1]!.text)).not.toEqual(many(7, 20).map((c) => c.segments[1]!.text));
  });

  it("gives varied, well-formed conversations with every slot filled", () => {
    const conversations = many(1, 2000);
    const texts = new Set(conversations.map((c) => c.segments.map((s) => s.text).join("\n")));
    expect(texts.size).toBe(conversations.length);
    const vocabulary = new Set(conversations.flatMap((c) => c.segments.flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? [])));
    expect(vocabulary.size).toBeGreaterThan(800);
    const types = new Map<string, number>();
    for (const c of conversations) {
      types.set(c.type, (types.get(c.type) ?? 0) + 1);
      expect(c.segments.length).toBeGreaterThanOrEqual(2);
      for (const [i, s] of c.segments.entries()) {
        expect(s.text, `${c.title} turn ${i}`).not.toMatch(/[{}]/);
        expect(s.text.trim().length).toBeGreaterThan(0);
        expect(s.endMs).toBeGreaterThanOrEqual(s.startMs);
        if (i > 0) expect(s.startMs).toBeGreaterThanOrEqual(c.segments[i - 1]!.endMs);
      }
      expect(c.durationMs).toBe(c.segments.at(-1)!.endMs);
    }
    expect(types.get("call")! / conversations.length).toBeGreaterThan(0.6);
    expect(types.get("chat")).toBeGreaterThan(0);
    expect(types.get("email")).toBeGreaterThan(0);
    // Emails are a message and its reply.
    for (const c of conversations.filter((x) => x.type === "email")) expect(c.segments.map((s) => s.speaker)).toEqual(["customer", "agent"]);
  });
});
