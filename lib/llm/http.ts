import { LlmError } from "./types";

/**
 * One JSON POST to the chat endpoint: one time limit over connect, upload and
 * reading the answer; HTTP and network failures turned into LlmError with
 * whether to retry and what to check. The API key never appears in errors.
 */
export interface PostJsonRequest {
  url: string;
  body: unknown;
  apiKey?: string;
  /** Named in 404 hints. */
  model: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export const SERVICE = "The LLM chat endpoint";
const EXCERPT_CHARS = 300;

/** Replaces every occurrence of the key, in case a server echoes it back. */
export function redact(text: string, apiKey: string | undefined): string {
  return apiKey ? text.split(apiKey).join("[redacted]") : text;
}

/** The human part of an error body: OpenAI `error.message`, FastAPI `detail`, else the text. */
export function errorExcerpt(body: string, apiKey?: string): string {
  let message: unknown;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const error = json.error;
    message =
      (typeof error === "object" && error !== null ? (error as Record<string, unknown>).message : error) ??
      json.message ??
      json.detail;
    if (typeof message !== "string") message = JSON.stringify(message ?? json);
  } catch {
    message = body;
  }
  const text = redact(String(message), apiKey).replace(/\s+/g, " ").trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

/** OpenAI's `error.code`, when the body has one. */
function errorCode(body: string): string | undefined {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; type?: unknown } }).error;
    const code = error?.code ?? error?.type;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds to wait, from `retry-after-ms` (OpenAI, Azure) or `Retry-After`
 * (seconds or an HTTP date).
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const number = /^\s*\d+(\.\d+)?\s*$/;
  const ms = headers.get("retry-after-ms");
  if (ms && number.test(ms)) return Math.round(Number(ms));
  const value = headers.get("retry-after");
  if (!value) return undefined;
  if (number.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** vLLM "maximum context length", llama.cpp "exceeds the available context size", OpenAI context_length_exceeded. */
function isContextLengthError(body: string): boolean {
  const code = errorCode(body);
  if (code === "context_length_exceeded" || code === "exceed_context_size_error") return true;
  return /maximum context length|context (length|window|size)/i.test(errorExcerpt(body));
}

/** Host and path only: never echo query strings or credentials into errors. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

function httpError(status: number, body: string, headers: Headers, request: PostJsonRequest, where: string): LlmError {
  const excerpt = errorExcerpt(body, request.apiKey) || "empty body";
  const answered = `${SERVICE} at ${where} answered ${status}`;
  if (status === 401 || status === 403) {
    return new LlmError("AUTH", `${answered} (check LLM_API_KEY): ${excerpt}`, { retriable: false, status });
  }
  if (status === 404) {
    return new LlmError("NOT_FOUND", `${answered} (check LLM_BASE_URL and LLM_MODEL, now "${request.model}"): ${excerpt}`, {
      retriable: false,
      status,
    });
  }
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(headers);
    const when = retryAfterMs === undefined ? "later" : `in ${Math.ceil(retryAfterMs / 1000)} s`;
    const why = status === 429 ? "the service is rate limiting" : "the service failed";
    return new LlmError(status === 429 ? "RATE_LIMITED" : "SERVER_ERROR", `${answered} (${why}; try again ${when}): ${excerpt}`, {
      retriable: true,
      status,
      retryAfterMs,
    });
  }
  if ((status === 400 || status === 413) && isContextLengthError(body)) {
    return new LlmError(
      "CONTEXT_LENGTH",
      `${answered} (the transcript does not fit the model's context window; lower LLM_MAX_TRANSCRIPT_CHARS or use a model with a larger context): ${excerpt}`,
      { retriable: false, status },
    );
  }
  return new LlmError("REJECTED", `${answered} (the server rejected the request): ${excerpt}`, { retriable: false, status });
}

export async function postJson(request: PostJsonRequest): Promise<unknown> {
  const { url, apiKey, timeoutMs, signal } = request;
  if (signal?.aborted) throw signal.reason;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const where = describeUrl(url);
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;

  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { method: "POST", headers, body: JSON.stringify(request.body), signal: combined });
    // Read the body under the same signal: a server that sends headers and
    // then stalls is a timeout too.
    body = await response.text();
  } catch (error) {
    if (timeout.aborted) {
      throw new LlmError(
        "TIMEOUT",
        `${SERVICE} at ${where} did not answer within ${timeoutMs / 1000} s; raise LLM_TIMEOUT_SECONDS or use a faster model`,
        { retriable: true, cause: error },
      );
    }
    if (signal?.aborted) throw signal.reason;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = redact(cause?.code ?? cause?.message ?? (error as Error).message, apiKey);
    throw new LlmError("UNREACHABLE", `Could not reach ${SERVICE} at ${where}: ${detail}; check LLM_BASE_URL and that the server is running`, {
      retriable: true,
      cause: error,
    });
  }
  if (response.status < 200 || response.status >= 300) {
    throw httpError(response.status, body, response.headers, request, where);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new LlmError(
      "BAD_RESPONSE",
      `${SERVICE} at ${where} answered ${response.status} with something that is not JSON (check LLM_BASE_URL): ${errorExcerpt(body, apiKey)}`,
      { retriable: false, status: response.status, cause: error },
    );
  }
}
