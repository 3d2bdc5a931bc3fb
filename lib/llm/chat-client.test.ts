import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { sendJson, startTestServer, type Handler, type TestServer } from "@/test-fixtures/http-server";
import { chatCompletionsUrl, chatJson } from "./chat-client";
import {
  bodyOf,
  chatCompletion,
  inTurn,
  lastUserMessage,
  llmConfig,
  replyJson,
  sendOpenAiError,
  TEST_API_KEY,
  TEST_MODEL,
} from "./chat-test-server";
import { parseRetryAfter } from "./http";
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

const colourSchema = {
  type: "object",
  properties: { colour: { type: "string", enum: ["red", "green"] }, count: { type: "integer" } },
  required: ["colour", "count"],
  additionalProperties: false,
};
const colourZod = z.object({ colour: z.enum(["red", "green"]), count: z.number().int() });

const ask = (srv: TestServer, extra: Parameters<typeof llmConfig>[1] = {}, signal?: AbortSignal) =>
  chatJson(llmConfig(srv, extra), {
    system: "You count colours.",
    user: "red red green",
    schemaName: "colour_count",
    jsonSchema: colourSchema,
    zodSchema: colourZod,
    signal,
  });

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe("chatJson against a local OpenAI-compatible server", () => {
  it("sends the documented structured-outputs request and returns the validated content", async () => {
    const srv = await serve((_req, res) => replyJson(res, { colour: "red", count: 2 }));
    await expect(ask(srv)).resolves.toEqual({ colour: "red", count: 2 });

    expect(srv.requests).toHaveLength(1);
    const request = srv.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(bodyOf(request)).toEqual({
      model: TEST_MODEL,
      messages: [
        { role: "system", content: "You count colours." },
        { role: "user", content: "red red green" },
      ],
      temperature: 0,
      response_format: { type: "json_schema", json_schema: { name: "colour_count", strict: true, schema: colourSchema } },
    });
  });

  it("sends no Authorization header without an API key (Ollama, llama.cpp)", async () => {
    const srv = await serve((_req, res) => replyJson(res, { colour: "green", count: 1 }));
    await ask(srv, { apiKey: undefined });
    expect(srv.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("reads content wrapped in a code fence", async () => {
    const srv = await serve((_req, res) => sendJson(res, 200, chatCompletion('```json\n{"colour": "green", "count": 3}\n```')));
    await expect(ask(srv)).resolves.toEqual({ colour: "green", count: 3 });
  });

  it("corrects content that is not JSON with one more turn quoting the problem", async () => {
    const srv = await serve(
      inTurn(
        (_req, res) => sendJson(res, 200, chatCompletion("There are two red and one green.")),
        (_req, res) => replyJson(res, { colour: "red", count: 2 }),
      ),
    );
    await expect(ask(srv)).resolves.toEqual({ colour: "red", count: 2 });

    expect(srv.requests).toHaveLength(2);
    const retry = bodyOf(srv.requests[1]!);
    expect(retry.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(retry.messages[2]!.content).toBe("There are two red and one green.");
    expect(retry.messages[3]!.content).toMatch(/^Your previous reply could not be used: the reply is not valid JSON \(.*\)/);
    expect(retry.response_format.type).toBe("json_schema");
    expect(retry.temperature).toBe(0);
  });

  it("corrects JSON that fails validation, quoting the validation error", async () => {
    const srv = await serve(
      inTurn(
        (_req, res) => replyJson(res, { colour: "blue", count: 2 }),
        (_req, res) => replyJson(res, { colour: "green", count: 2 }),
      ),
    );
    await expect(ask(srv)).resolves.toEqual({ colour: "green", count: 2 });
    expect(lastUserMessage(srv.requests[1]!)).toMatch(/does not match the schema:[\s\S]*colour/);
  });

  it("gives up with INVALID_OUTPUT after the one correction", async () => {
    const srv = await serve((_req, res) => replyJson(res, { colour: "blue", count: "two" }));
    const error = await failure(ask(srv));
    expect(srv.requests).toHaveLength(2);
    expect(error).toMatchObject({ code: "INVALID_OUTPUT", retriable: false });
    expect(error.message).toContain("colour_count");
    expect(error.message).toContain('"colour":"blue"');
  });

  it("falls back to JSON mode once when the server refuses json_schema with a 400", async () => {
    const srv = await serve((req, res) => {
      if (bodyOf(req).response_format.type === "json_schema") {
        sendOpenAiError(res, 400, "response_format type json_schema is not supported");
      } else {
        sendJson(res, 200, chatCompletion('{"colour":"red","count":2}'));
      }
    });
    await expect(ask(srv)).resolves.toEqual({ colour: "red", count: 2 });

    expect(srv.requests).toHaveLength(2);
    const fallback = bodyOf(srv.requests[1]!);
    expect(fallback.response_format).toEqual({ type: "json_object" });
    const system = fallback.messages[0]!;
    expect(system.role).toBe("system");
    expect(system.content).toMatch(/^You count colours\.\n\nReply with one JSON object/);
    expect(system.content).toContain(JSON.stringify(colourSchema));
    expect(fallback.messages[1]).toEqual({ role: "user", content: "red red green" });
  });

  it("does not fall back twice: a 400 in JSON mode is REJECTED", async () => {
    const srv = await serve((_req, res) => sendOpenAiError(res, 400, "Unsupported parameter: 'temperature'"));
    const error = await failure(ask(srv));
    expect(srv.requests).toHaveLength(2);
    expect(error).toMatchObject({ code: "REJECTED", retriable: false, status: 400 });
    expect(error.message).toContain("Unsupported parameter: 'temperature'");
  });

  it("does not fall back when the prompt exceeds the context window", async () => {
    const srv = await serve((_req, res) =>
      sendOpenAiError(res, 400, "This model's maximum context length is 8192 tokens. However, your messages resulted in 9001 tokens.", {
        code: "context_length_exceeded",
      }),
    );
    const error = await failure(ask(srv));
    expect(srv.requests).toHaveLength(1);
    expect(error).toMatchObject({ code: "CONTEXT_LENGTH", retriable: false });
    expect(error.message).toContain("LLM_MAX_TRANSCRIPT_CHARS");
  });

  it.each([401, 403])("turns %i into a non-retriable AUTH error naming LLM_API_KEY, without the key", async (status) => {
    const srv = await serve((_req, res) =>
      sendOpenAiError(res, status, `Incorrect API key provided: ${TEST_API_KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`, {
        code: "invalid_api_key",
      }),
    );
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "AUTH", retriable: false, status });
    expect(error.message).toMatch(/answered \d+ \(check LLM_API_KEY\): Incorrect API key provided: \[redacted\]/);
    expect(error.message).not.toContain(TEST_API_KEY);
    expect(srv.requests).toHaveLength(1);
  });

  it("turns 404 into NOT_FOUND naming the base URL and the model", async () => {
    const srv = await serve((_req, res) =>
      sendOpenAiError(res, 404, "The model `gpt-4o-mini-2024-07-18` does not exist or you do not have access to it.", { code: "model_not_found" }),
    );
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "NOT_FOUND", retriable: false, status: 404 });
    expect(error.message).toContain(`check LLM_BASE_URL and LLM_MODEL, now "${TEST_MODEL}"`);
  });

  it("turns 429 into a retriable RATE_LIMITED error with Retry-After", async () => {
    const srv = await serve((_req, res) =>
      sendOpenAiError(res, 429, "Rate limit reached for gpt-4o-mini on tokens per min (TPM).", {
        type: "tokens",
        code: "rate_limit_exceeded",
        headers: { "retry-after": "7" },
      }),
    );
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "RATE_LIMITED", retriable: true, status: 429, retryAfterMs: 7000 });
    expect(error.message).toContain("try again in 7 s");
    expect(srv.requests).toHaveLength(1);
  });

  it("turns 500 into a retriable SERVER_ERROR", async () => {
    const srv = await serve((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "SERVER_ERROR", retriable: true, status: 500, retryAfterMs: undefined });
    expect(error.message).toMatch(/answered 500 \(the service failed; try again later\): Internal Server Error/);
  });

  it("times out, retriably, on a server that never answers", async () => {
    const srv = await serve(() => {
      /* never respond */
    });
    const started = Date.now();
    const error = await failure(ask(srv, { timeoutMs: 300 }));
    expect(error).toMatchObject({ code: "TIMEOUT", retriable: true });
    expect(error.message).toContain("did not answer within 0.3 s; raise LLM_TIMEOUT_SECONDS");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("reports a refused connection as retriable UNREACHABLE", async () => {
    const srv = await serve(() => undefined);
    await srv.close();
    server = undefined;
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "UNREACHABLE", retriable: true });
    expect(error.message).toMatch(/Could not reach .* ECONNREFUSED; check LLM_BASE_URL/);
  });

  it('refuses an answer cut at the token limit (finish_reason "length") without retrying', async () => {
    const srv = await serve((_req, res) => sendJson(res, 200, chatCompletion('{"colour": "re', { finishReason: "length" })));
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "TRUNCATED", retriable: false });
    expect(error.message).toContain("output token limit");
    expect(srv.requests).toHaveLength(1);
  });

  it("reports a refusal without retrying", async () => {
    const srv = await serve((_req, res) => sendJson(res, 200, chatCompletion(null, { refusal: "I'm sorry, I can't assist with that request." })));
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "REFUSED", retriable: false });
    expect(error.message).toContain("I'm sorry, I can't assist with that request.");
    expect(srv.requests).toHaveLength(1);
  });

  it("refuses a 200 that is not a chat completion", async () => {
    const srv = await serve((_req, res) => sendJson(res, 200, { models: [] }));
    const error = await failure(ask(srv));
    expect(error).toMatchObject({ code: "BAD_RESPONSE", retriable: false });
    expect(error.message).toContain("check LLM_BASE_URL");
  });

  it("passes the caller's cancellation through", async () => {
    const srv = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("record deleted")), 100);
    await expect(ask(srv, {}, controller.signal)).rejects.toThrow("record deleted");
  });
});

describe("chatCompletionsUrl", () => {
  it.each([
    ["https://api.openai.com/v1", "https://api.openai.com/v1/chat/completions"],
    ["http://localhost:11434/v1/", "http://localhost:11434/v1/chat/completions"],
    ["http://localhost:8080", "http://localhost:8080/v1/chat/completions"],
    ["https://example.openai.azure.com/openai/v1", "https://example.openai.azure.com/openai/v1/chat/completions"],
  ])("%s → %s", (base, expected) => {
    expect(chatCompletionsUrl(base)).toBe(expected);
  });

  it.each(["not a url", "localhost:11434/v1", "ftp://example.com/v1"])("refuses %j as a base URL", (base) => {
    expect(() => chatCompletionsUrl(base)).toThrow(expect.objectContaining({ code: "CONFIG", retriable: false }));
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-03-10T12:00:00Z");
  it.each<[Record<string, string>, number | undefined]>([
    [{ "retry-after": "20" }, 20_000],
    [{ "retry-after": "1.5" }, 1500],
    [{ "retry-after-ms": "250", "retry-after": "1" }, 250],
    [{ "retry-after": "Mon, 10 Mar 2025 12:00:30 GMT" }, 30_000],
    [{ "retry-after": "soon" }, undefined],
    [{}, undefined],
  ])("%j → %j ms", (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });
});
