import { SttError } from "./types";

/**
 * The request/response handling both network providers share: one time limit
 * over connect, upload and reading the answer; HTTP and network failures
 * turned into SttError with what to check; the answer parsed as JSON.
 */
export interface JsonRequest {
  /** Names the service in error messages, e.g. "Deepgram". */
  service: string;
  url: string;
  init: RequestInit;
  timeoutMs: number;
  signal?: AbortSignal;
}

const EXCERPT_CHARS = 200;

/** The human part of an error body: OpenAI `error.message`, Deepgram `err_msg`, FastAPI `detail`, else the text. */
export function errorExcerpt(body: string): string {
  let message: unknown;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const error = json.error;
    message =
      (typeof error === "object" && error !== null ? (error as Record<string, unknown>).message : error) ??
      json.err_msg ??
      json.message ??
      json.detail;
    if (typeof message !== "string") message = JSON.stringify(message ?? json);
  } catch {
    message = body;
  }
  const text = String(message).replace(/\s+/g, " ").trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

function hintFor(status: number): string {
  if (status === 401 || status === 403) return "check STT_API_KEY";
  if (status === 404) return "check STT_BASE_URL and STT_MODEL";
  if (status === 413) return "the recording is too large for this service";
  if (status === 429) return "the service is rate limiting; try again later";
  if (status >= 500) return "the service failed; try again later";
  return "the service rejected the request";
}

/** Host and path only: never echo query strings or credentials into errors. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export async function requestJson({ service, url, init, timeoutMs, signal }: JsonRequest): Promise<unknown> {
  if (signal?.aborted) throw signal.reason;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const where = describeUrl(url);
  let status = 0;
  let body: string;
  try {
    const response = await fetch(url, { ...init, signal: combined });
    status = response.status;
    // Read the body under the same signal: a server that sends headers and
    // then stalls is a timeout too.
    body = await response.text();
  } catch (error) {
    if (timeout.aborted) {
      throw new SttError(
        "TIMEOUT",
        `${service} at ${where} did not answer within ${timeoutMs / 1000} s; raise STT_TIMEOUT_SECONDS for long recordings`,
        { cause: error },
      );
    }
    if (signal?.aborted) throw signal.reason;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new SttError("PROVIDER_ERROR", `Could not reach ${service} at ${where}: ${detail}; check STT_BASE_URL`, {
      cause: error,
    });
  }
  if (status < 200 || status >= 300) {
    throw new SttError("PROVIDER_ERROR", `${service} answered ${status} (${hintFor(status)}): ${errorExcerpt(body) || "empty body"}`, {
      status,
    });
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new SttError("PROVIDER_ERROR", `${service} answered ${status} with something that is not JSON: ${errorExcerpt(body)}`, {
      cause: error,
      status,
    });
  }
}

/** `https://host/v1/` and `https://host` both mean the API root `https://host`. */
export function apiRoot(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "").replace(/\/v1$/, "");
}
