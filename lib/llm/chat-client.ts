import { z } from "zod";
import { describeUrl, postJson, redact, SERVICE } from "./http";
import { LlmError, type LlmCallOptions, type LlmConfig } from "./types";

/**
 * One structured answer from an OpenAI-compatible POST /chat/completions:
 * structured outputs (`response_format: json_schema`, strict) at temperature
 * 0, the content parsed as JSON and validated with zod.
 *
 * - Content that is not JSON or not the right shape gets one corrective turn
 *   quoting the problem, then INVALID_OUTPUT.
 * - Servers that refuse json_schema with a 400 (older Ollama, llama.cpp) get
 *   one retry in JSON mode (`json_object`) with the schema in the system prompt.
 */
export interface ChatJsonRequest<T> extends LlmCallOptions {
  system: string;
  user: string;
  /** response_format.json_schema.name: letters, digits, _ and -. */
  schemaName: string;
  /** Strict-mode JSON Schema: every property required, additionalProperties false. */
  jsonSchema: Record<string, unknown>;
  /** The same shape for validation, plus any checks JSON Schema cannot express. */
  zodSchema: z.ZodType<T>;
}

type Mode = "json_schema" | "json_object";

interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

const INVALID_EXCERPT_CHARS = 200;

/** The part of a chat completion we read; servers add more. */
const completionShape = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          refusal: z.string().nullish(),
        }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

/**
 * `${baseUrl}/chat/completions`, the OpenAI SDK convention: the base URL
 * carries the version (…/v1, Azure's …/openai/v1). A bare origin means /v1.
 */
export function chatCompletionsUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== "http:" && url?.protocol !== "https:") {
    throw new LlmError("CONFIG", "LLM_BASE_URL is not an http(s) URL; use e.g. https://api.openai.com/v1 or http://localhost:11434/v1", {
      retriable: false,
    });
  }
  const path = url.pathname.replace(/\/+$/, "") || "/v1";
  return `${url.origin}${path}/chat/completions${url.search}`;
}

function responseFormat(mode: Mode, request: ChatJsonRequest<unknown>) {
  return mode === "json_schema"
    ? { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: request.jsonSchema } }
    : { type: "json_object" };
}

function systemPrompt(mode: Mode, request: ChatJsonRequest<unknown>): string {
  if (mode === "json_schema") return request.system;
  return (
    `${request.system}\n\n` +
    `Reply with one JSON object and nothing else: no prose, no code fences. ` +
    `It must match this JSON Schema:\n${JSON.stringify(request.jsonSchema)}`
  );
}

/** Models in JSON mode sometimes wrap the object in a code fence or put their reasoning first. */
function jsonText(content: string): string {
  const text = content.trim().replace(/^<think>[\s\S]*?<\/think>\s*/, "");
  const fenced = /^```[a-zA-Z]*\s*([\s\S]*?)\s*```$/.exec(text);
  return fenced ? fenced[1]!.trim() : text;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseContent<T>(content: string, schema: z.ZodType<T>): Parsed<T> {
  if (!content.trim()) return { ok: false, problem: "the reply was empty" };
  let json: unknown;
  try {
    json = JSON.parse(jsonText(content));
  } catch (error) {
    return { ok: false, problem: `the reply is not valid JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: `the JSON does not match the schema:\n${z.prettifyError(result.error)}` };
}

/** Tokens a completion used by the server's own count; 0 when it does not say (some local servers). */
function tokensUsed(json: unknown): number {
  const usage = (json as { usage?: { total_tokens?: unknown; prompt_tokens?: unknown; completion_tokens?: unknown } } | null)?.usage;
  const count = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);
  return count(usage?.total_tokens) || count(usage?.prompt_tokens) + count(usage?.completion_tokens);
}

/** The assistant content of a completion, or the error its finish reason or refusal means. */
function contentOf(json: unknown, where: string, model: string): string {
  const parsed = completionShape.safeParse(json);
  if (!parsed.success) {
    throw new LlmError("BAD_RESPONSE", `${SERVICE} at ${where} answered without choices[0].message; check LLM_BASE_URL points at an OpenAI-compatible API`, {
      retriable: false,
    });
  }
  const choice = parsed.data.choices[0]!;
  if (choice.message.refusal) {
    throw new LlmError("REFUSED", `The model ${model} refused to answer: ${choice.message.refusal.slice(0, 300)}`, { retriable: false });
  }
  if (choice.finish_reason === "length") {
    throw new LlmError(
      "TRUNCATED",
      `The model ${model} stopped at its output token limit (finish_reason "length"); lower LLM_MAX_TRANSCRIPT_CHARS or raise the server's maximum output tokens / context size`,
      { retriable: false },
    );
  }
  if (choice.finish_reason === "content_filter") {
    throw new LlmError("REFUSED", `The provider's content filter stopped the model ${model} (finish_reason "content_filter")`, {
      retriable: false,
    });
  }
  return choice.message.content ?? "";
}

function correction(problem: string): string {
  return (
    `Your previous reply could not be used: ${problem}\n\n` +
    `Reply again with only the corrected JSON object, matching the required schema exactly.`
  );
}

function excerpt(text: string, apiKey: string | undefined): string {
  const flat = redact(text, apiKey).replace(/\s+/g, " ").trim();
  return flat.length > INVALID_EXCERPT_CHARS ? `${flat.slice(0, INVALID_EXCERPT_CHARS)}…` : flat;
}

export async function chatJson<T>(config: LlmConfig, request: ChatJsonRequest<T>): Promise<T> {
  const url = chatCompletionsUrl(config.baseUrl);
  const where = describeUrl(url);
  let mode: Mode = "json_schema";
  // After the system prompt, which depends on the mode.
  const turns: ChatMessage[] = [{ role: "user", content: request.user }];
  let corrected = false;

  for (;;) {
    const messages: ChatMessage[] = [{ role: "system", content: systemPrompt(mode, request) }, ...turns];
    let json: unknown;
    try {
      json = await postJson({
        url,
        body: { model: config.model, messages, temperature: 0, response_format: responseFormat(mode, request) },
        apiKey: config.apiKey,
        model: config.model,
        timeoutMs: config.timeoutMs,
        signal: request.signal,
      });
    } catch (error) {
      const schemaRefused =
        error instanceof LlmError && error.code === "REJECTED" && (error.status === 400 || error.status === 422);
      if (mode === "json_schema" && schemaRefused) {
        mode = "json_object";
        continue;
      }
      throw error;
    }

    // Paid for whether or not the answer is usable, so counted before it is checked.
    request.onUsage?.(tokensUsed(json));
    const content = contentOf(json, where, config.model);
    const parsed = parseContent(content, request.zodSchema);
    if (parsed.ok) return parsed.value;
    if (corrected) {
      throw new LlmError(
        "INVALID_OUTPUT",
        `The model ${config.model} did not give a valid ${request.schemaName} answer after one correction: ` +
          `${excerpt(parsed.problem, config.apiKey)} (reply: ${excerpt(content, config.apiKey) || "empty"}); ` +
          `use a model that supports structured outputs`,
        { retriable: false },
      );
    }
    corrected = true;
    turns.push({ role: "assistant", content }, { role: "user", content: correction(parsed.problem) });
  }
}
