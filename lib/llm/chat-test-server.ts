import type http from "node:http";
import { sendJson, type Handler, type RecordedRequest, type TestServer } from "@/test-fixtures/http-server";
import type { LlmConfig } from "./types";

/**
 * Test helpers (not used by the app): a real local HTTP server speaking
 * OpenAI's chat completions protocol, and the request and answer shapes
 * the documentation gives.
 */
export interface ChatRequestBody {
  model: string;
  messages: { role: "system" | "user" | "assistant"; content: string }[];
  temperature: number;
  response_format:
    | { type: "json_schema"; json_schema: { name: string; strict: boolean; schema: Record<string, unknown> } }
    | { type: "json_object" };
}

export const TEST_API_KEY = "sk-test-llm-5f3a9c";
export const TEST_MODEL = "gpt-4o-mini-2024-07-18";

export function bodyOf(request: RecordedRequest): ChatRequestBody {
  return JSON.parse(request.body.toString("utf8")) as ChatRequestBody;
}

/** The last user message of a request. */
export function lastUserMessage(request: RecordedRequest): string {
  return bodyOf(request).messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
}

/** The text between <transcript> and </transcript> in the first user message. */
export function transcriptOf(request: RecordedRequest): string {
  const user = bodyOf(request).messages.find((m) => m.role === "user")?.content ?? "";
  return /<transcript>\n([\s\S]*)\n<\/transcript>/.exec(user)?.[1] ?? "";
}

/** A chat.completion object as OpenAI returns it. */
export function chatCompletion(
  content: string | null,
  { finishReason = "stop", refusal = null, model = TEST_MODEL }: { finishReason?: string; refusal?: string | null; model?: string } = {},
) {
  return {
    id: "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
    object: "chat.completion",
    created: 1741569952,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal, annotations: [] },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: {
      prompt_tokens: 412,
      completion_tokens: 57,
      total_tokens: 469,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: "default",
    system_fingerprint: "fp_06737a9306",
  };
}

/** Answers with the JSON of `value` as the assistant content. */
export function replyJson(response: http.ServerResponse, value: unknown): void {
  sendJson(response, 200, chatCompletion(JSON.stringify(value)));
}

/** OpenAI's error envelope. */
export function sendOpenAiError(
  response: http.ServerResponse,
  status: number,
  message: string,
  { type = "invalid_request_error", code = null as string | null, headers = {} as Record<string, string> } = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify({ error: { message, type, param: null, code } }));
}

/** Answers the n-th request (0-based) with the n-th handler; the last one repeats. */
export function inTurn(...handlers: Handler[]): Handler {
  let calls = 0;
  return (request, response) => handlers[Math.min(calls++, handlers.length - 1)]!(request, response);
}

export function llmConfig(server: TestServer, extra: Partial<LlmConfig> = {}): LlmConfig {
  return { baseUrl: `${server.url}/v1`, apiKey: TEST_API_KEY, model: TEST_MODEL, timeoutMs: 5000, ...extra };
}
