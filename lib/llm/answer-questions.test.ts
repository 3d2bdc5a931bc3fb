import { afterEach, describe, expect, it } from "vitest";
import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { startTestServer, type Handler, type TestServer } from "@/test-fixtures/http-server";
import { answerQuestions } from "./answer-questions";
import { bodyOf, inTurn, lastUserMessage, llmConfig, replyJson, TEST_API_KEY, TEST_MODEL, transcriptOf } from "./chat-test-server";
import { LlmError } from "./types";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

/** Words as a speech-to-text engine gives them: 300 ms apart, punctuation attached. */
function timed(text: string, startMs: number): TranscriptWord[] {
  return text.split(" ").map((word, i) => ({ word, startMs: startMs + i * 300, endMs: startMs + i * 300 + 250 }));
}

function turn(speaker: string, startMs: number, endMs: number, text: string, withWords = true): TranscriptSegment {
  return { speaker, startMs, endMs, text, words: withWords ? timed(text, startMs) : [] };
}

const call: TranscriptSegment[] = [
  turn("agent", 0, 3200, "Thank you for calling Acme Bank, this is Dana. How can I help you today?"),
  turn("customer", 3500, 7000, "Hi, I was charged twice for my card last month."),
  turn("agent", 7200, 14700, "I'm sorry about that. Before we look at the account, can you confirm your date of birth and the last four digits of your card?"),
  turn("customer", 15000, 18500, "Sure, it's March 3rd 1985 and the last four are 4417."),
  // A chat-style turn: no word timings.
  turn("agent", 18800, 24000, "Thank you, you're verified. I can see the duplicate charge and I've refunded it; it will show in three to five business days.", false),
  turn("customer", 24200, 25500, "Great, thanks."),
  turn("agent", 25600, 28000, "Is there anything else I can help with?"),
];

const questions = [
  { id: "verify", question: "Did the agent verify the customer's identity before discussing the account?" },
  { id: "greeting", question: "Did the agent greet the customer and give the company name?" },
  { id: "transfer", question: "If the call was transferred, did the agent explain why?" },
  { id: "timeline", question: "Did the agent tell the customer when the refund will arrive?" },
  { id: "apology", question: "Did the agent apologise for the inconvenience?" },
  { id: "thanks", question: "Did the agent thank the customer for verifying?" },
];

interface RawAnswer {
  id: string;
  segmentIndex: number | null;
  quote: string;
  explanation: string;
  answer: "yes" | "no" | "not_applicable";
}

/** What a model answers for `call`: one quote in the right line, one in the wrong line, one invented. */
const modelAnswers: RawAnswer[] = [
  { id: "verify", segmentIndex: 2, quote: "can you confirm your DATE of  birth", explanation: "The agent asked for the date of birth before looking at the account.", answer: "yes" },
  { id: "greeting", segmentIndex: 4, quote: "Thank you for calling Acme Bank", explanation: "Greeting with the company name.", answer: "yes" },
  { id: "transfer", segmentIndex: null, quote: "", explanation: "The call was not transferred.", answer: "not_applicable" },
  { id: "timeline", segmentIndex: 4, quote: "it will show in three to five business days", explanation: "The agent gave the refund timeline.", answer: "yes" },
  { id: "apology", segmentIndex: 2, quote: "I sincerely apologise for the inconvenience", explanation: "The agent apologised.", answer: "yes" },
  { id: "thanks", segmentIndex: 4, quote: "thank you", explanation: "After the verification.", answer: "yes" },
];

const expectedSchema = {
  type: "object",
  properties: {
    answers: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string", enum: ["verify", "greeting", "transfer", "timeline", "apology", "thanks"] },
          segmentIndex: { type: ["integer", "null"] },
          quote: { type: "string" },
          explanation: { type: "string" },
          answer: { type: "string", enum: ["yes", "no", "not_applicable"] },
        },
        required: ["id", "segmentIndex", "quote", "explanation", "answer"],
        additionalProperties: false,
      },
    },
  },
  required: ["answers"],
  additionalProperties: false,
};

describe("answerQuestions against a local OpenAI-compatible server", () => {
  it("asks all questions in one structured request and returns verified answers in question order", async () => {
    // The model answers out of order; the result follows the questions.
    const srv = await serve((_req, res) => replyJson(res, { answers: [...modelAnswers].reverse() }));
    const result = await answerQuestions(llmConfig(srv), call, questions);

    expect(srv.requests).toHaveLength(1);
    const request = srv.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    const body = bodyOf(request);
    expect(body.model).toBe(TEST_MODEL);
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "scorecard_answers", strict: true, schema: expectedSchema },
    });
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages[0]!.content).toContain("only on what the transcript says");
    const user = body.messages[1]!.content;
    for (const q of questions) {
      expect(user).toContain(JSON.stringify(q.id));
      expect(user).toContain(JSON.stringify(q.question));
    }
    const lines = transcriptOf(request).split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe("[0] agent 00:00: Thank you for calling Acme Bank, this is Dana. How can I help you today?");
    expect(lines[3]).toBe("[3] customer 00:15: Sure, it's March 3rd 1985 and the last four are 4417.");

    expect(result).toEqual([
      {
        id: "verify",
        answer: "yes",
        // Found in the named line; the transcript's own text, timed by its words.
        evidence: { segmentIndex: 2, quote: "can you confirm your date of birth", startMs: 7200 + 10 * 300, endMs: 7200 + 16 * 300 + 250 },
        explanation: "The agent asked for the date of birth before looking at the account.",
      },
      {
        id: "greeting",
        answer: "yes",
        // Named line 4, but the words are in line 0.
        evidence: { segmentIndex: 0, quote: "Thank you for calling Acme Bank", startMs: 0, endMs: 5 * 300 + 250 },
        explanation: "Greeting with the company name.",
      },
      { id: "transfer", answer: "not_applicable", evidence: null, explanation: "The call was not transferred." },
      {
        id: "timeline",
        answer: "yes",
        // No word timings in this turn: the segment's time.
        evidence: { segmentIndex: 4, quote: "it will show in three to five business days", startMs: 18800, endMs: 24000 },
        explanation: "The agent gave the refund timeline.",
      },
      {
        id: "apology",
        answer: "yes",
        evidence: null,
        explanation: "The agent apologised. (quoted evidence not found in the transcript)",
      },
      {
        id: "thanks",
        answer: "yes",
        // Also in line 0, but the named line has it: that one.
        evidence: { segmentIndex: 4, quote: "Thank you", startMs: 18800, endMs: 24000 },
        explanation: "After the verification.",
      },
    ]);
  });

  it("asks again once when an answer is missing, naming the missing id", async () => {
    const srv = await serve(
      inTurn(
        (_req, res) => replyJson(res, { answers: modelAnswers.filter((a) => a.id !== "timeline") }),
        (_req, res) => replyJson(res, { answers: modelAnswers }),
      ),
    );
    const result = await answerQuestions(llmConfig(srv), call, questions);
    expect(srv.requests).toHaveLength(2);
    expect(lastUserMessage(srv.requests[1]!)).toContain('no answer for question id(s) "timeline"');
    expect(result.map((r) => r.id)).toEqual(questions.map((q) => q.id));
  });

  it("fails with a non-retriable LlmError when the ids are still wrong after the correction", async () => {
    const wrong = modelAnswers.map((a) => (a.id === "apology" ? { ...a, id: "empathy" } : a));
    const srv = await serve((_req, res) => replyJson(res, { answers: wrong }));
    const error = await answerQuestions(llmConfig(srv), call, questions).catch((e: unknown) => e);
    expect(srv.requests).toHaveLength(2);
    expect(lastUserMessage(srv.requests[1]!)).toContain('unknown question id "empathy"');
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ code: "INVALID_OUTPUT", retriable: false });
    expect((error as Error).message).toMatch(/unknown question id "empathy"[\s\S]*no answer for question id\(s\) "apology"/);
  });

  it("refuses an answer given twice", async () => {
    const srv = await serve((_req, res) => replyJson(res, { answers: [...modelAnswers, modelAnswers[0]] }));
    await expect(answerQuestions(llmConfig(srv), call, questions)).rejects.toMatchObject({
      code: "INVALID_OUTPUT",
      message: expect.stringContaining('question id "verify" answered twice'),
    });
  });

  it("trims a long transcript, keeping its start and end, and still checks quotes against all of it", async () => {
    const long = Array.from({ length: 400 }, (_, i) =>
      turn(i % 2 ? "customer" : "agent", i * 4000, i * 4000 + 3500, `This is turn ${i} of a long call about a billing dispute.`, false),
    );
    const srv = await serve((_req, res) =>
      replyJson(res, {
        answers: [
          { id: "greeting", segmentIndex: 0, quote: "turn 0 of a long call", explanation: "First line.", answer: "yes" },
          { id: "verify", segmentIndex: null, quote: "turn 200 of a long call", explanation: "In the middle.", answer: "no" },
        ],
      }),
    );
    const result = await answerQuestions(llmConfig(srv, { maxTranscriptChars: 4000 }), long, questions.slice(0, 2));

    const transcript = transcriptOf(srv.requests[0]!);
    expect(transcript.length).toBeLessThanOrEqual(4000);
    const marker = /\n\[\.\.\. (\d+) segments omitted \.\.\.\]\n/.exec(transcript);
    expect(marker).not.toBeNull();
    const lines = transcript.split("\n");
    expect(lines[0]).toBe("[0] agent 00:00: This is turn 0 of a long call about a billing dispute.");
    expect(lines.at(-1)).toBe("[399] customer 26:36: This is turn 399 of a long call about a billing dispute.");
    expect(Number(marker![1]) + lines.length - 1).toBe(400);
    expect(transcript).not.toContain("turn 200 of");

    // In question order: verify, then greeting.
    expect(result.map((r) => r.id)).toEqual(["verify", "greeting"]);
    expect(result[0]!.evidence).toEqual({ segmentIndex: 200, quote: "turn 200 of a long call", startMs: 800_000, endMs: 803_500 });
    expect(result[1]!.evidence).toMatchObject({ segmentIndex: 0, quote: "turn 0 of a long call" });
  });

  it("sends no Authorization header without an API key", async () => {
    const srv = await serve((_req, res) => replyJson(res, { answers: modelAnswers }));
    await answerQuestions(llmConfig(srv, { apiKey: undefined }), call, questions);
    expect(srv.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("makes no request without questions", async () => {
    const srv = await serve((_req, res) => replyJson(res, { answers: [] }));
    await expect(answerQuestions(llmConfig(srv), call, [])).resolves.toEqual([]);
    expect(srv.requests).toHaveLength(0);
  });

  it("refuses duplicate question ids before asking", async () => {
    const srv = await serve((_req, res) => replyJson(res, { answers: [] }));
    await expect(answerQuestions(llmConfig(srv), call, [questions[0]!, questions[0]!])).rejects.toThrow('question id "verify" appears twice');
    expect(srv.requests).toHaveLength(0);
  });

  it("passes HTTP errors through as LlmError", async () => {
    const srv = await serve((_req, res) => {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "3" });
      res.end(JSON.stringify({ error: { message: "The server is overloaded", type: "server_error" } }));
    });
    await expect(answerQuestions(llmConfig(srv), call, questions)).rejects.toMatchObject({
      code: "SERVER_ERROR",
      retriable: true,
      retryAfterMs: 3000,
    });
  });
});
