import { afterEach, describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { startTestServer, type Handler, type TestServer } from "@/test-fixtures/http-server";
import { bodyOf, inTurn, lastUserMessage, llmConfig, replyJson, TEST_API_KEY, TEST_MODEL, transcriptOf } from "./chat-test-server";
import { summarizeWithLlm } from "./summarize";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

const turn = (speaker: string, startMs: number, text: string): TranscriptSegment => ({ speaker, startMs, endMs: startMs + 3000, text, words: [] });

const call: TranscriptSegment[] = [
  turn("agent", 0, "Thank you for calling Acme Bank, this is Dana. How can I help?"),
  turn("customer", 3500, "I was charged twice for my card last month."),
  turn("agent", 7200, "I've refunded the duplicate charge. I'll email you the confirmation today."),
  turn("customer", 65_000, "Great, thanks."),
];

const summary = "The customer was charged twice for a card payment. The agent refunded the duplicate charge.";

describe("summarizeWithLlm against a local OpenAI-compatible server", () => {
  it("asks for a schema-bound summary from transcript facts only", async () => {
    const srv = await serve((_req, res) =>
      replyJson(res, { summary: `  ${summary}\n`, actionItems: ["Agent emails the refund confirmation today. ", "  "] }),
    );
    const result = await summarizeWithLlm(llmConfig(srv), call, { maxWords: 60 });

    expect(result).toEqual({ summary, actionItems: ["Agent emails the refund confirmation today."] });
    expect(srv.requests).toHaveLength(1);
    const request = srv.requests[0]!;
    expect(request.url.pathname).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    const body = bodyOf(request);
    expect(body.model).toBe(TEST_MODEL);
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({
      type: "json_schema",
      json_schema: {
        name: "conversation_summary",
        strict: true,
        schema: {
          type: "object",
          properties: { summary: { type: "string" }, actionItems: { type: "array", items: { type: "string" } } },
          required: ["summary", "actionItems"],
          additionalProperties: false,
        },
      },
    });
    const system = body.messages[0]!;
    expect(system.role).toBe("system");
    expect(system.content).toContain("Use only facts present in the transcript");
    expect(system.content).toContain("at most 60 words");
    expect(transcriptOf(request).split("\n")).toEqual([
      "[0] agent 00:00: Thank you for calling Acme Bank, this is Dana. How can I help?",
      "[1] customer 00:03: I was charged twice for my card last month.",
      "[2] agent 00:07: I've refunded the duplicate charge. I'll email you the confirmation today.",
      "[3] customer 01:05: Great, thanks.",
    ]);
  });

  it("asks for 80 words by default", async () => {
    const srv = await serve((_req, res) => replyJson(res, { summary, actionItems: [] }));
    await summarizeWithLlm(llmConfig(srv), call);
    expect(bodyOf(srv.requests[0]!).messages[0]!.content).toContain("at most 80 words");
  });

  it("sends an over-long summary back once with the word count", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const srv = await serve(
      inTurn(
        (_req, res) => replyJson(res, { summary: long, actionItems: [] }),
        (_req, res) => replyJson(res, { summary, actionItems: [] }),
      ),
    );
    await expect(summarizeWithLlm(llmConfig(srv), call, { maxWords: 20 })).resolves.toEqual({ summary, actionItems: [] });
    expect(srv.requests).toHaveLength(2);
    expect(lastUserMessage(srv.requests[1]!)).toContain("summary has 40 words; the limit is 20");
  });

  it("accepts a summary slightly over the limit", async () => {
    const srv = await serve((_req, res) => replyJson(res, { summary: Array(24).fill("word").join(" "), actionItems: [] }));
    await expect(summarizeWithLlm(llmConfig(srv), call, { maxWords: 20 })).resolves.toMatchObject({ actionItems: [] });
    expect(srv.requests).toHaveLength(1);
  });

  it("fails when the answer has the wrong shape twice", async () => {
    const srv = await serve((_req, res) => replyJson(res, { summary, action_items: [] }));
    await expect(summarizeWithLlm(llmConfig(srv), call)).rejects.toMatchObject({ code: "INVALID_OUTPUT", retriable: false });
    expect(srv.requests).toHaveLength(2);
  });

  it("makes no request for a transcript without text", async () => {
    const srv = await serve((_req, res) => replyJson(res, { summary: "The customer called about a refund.", actionItems: [] }));
    await expect(summarizeWithLlm(llmConfig(srv), [turn("speaker", 0, "  ")])).resolves.toEqual({ summary: "", actionItems: [] });
    expect(srv.requests).toHaveLength(0);
  });
});
