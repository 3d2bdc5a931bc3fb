/**
 * An OpenAI-compatible chat completions endpoint: OpenAI, Azure OpenAI (v1
 * API), vLLM, Ollama, llama.cpp server. Used for scorecard questions and
 * summaries; without one, questions are "not evaluated", never guessed.
 */
export interface LlmConfig {
  /**
   * The API root as OpenAI's SDKs take it, with the version: https://api.openai.com/v1,
   * http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM).
   * A bare origin (http://localhost:8080) means its /v1.
   */
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** For each HTTP request, from connecting to reading the whole answer. */
  timeoutMs: number;
  /** Longer transcripts keep their start and end; defaults to DEFAULT_MAX_TRANSCRIPT_CHARS. */
  maxTranscriptChars?: number;
}

export type LlmErrorCode =
  /** The configuration cannot work, e.g. a base URL that is not a URL. */
  | "CONFIG"
  /** 401/403: the key is missing, wrong or lacks access. */
  | "AUTH"
  /** 404: wrong base URL or unknown model. */
  | "NOT_FOUND"
  /** 429: try again after `retryAfterMs` when known. */
  | "RATE_LIMITED"
  /** 5xx. */
  | "SERVER_ERROR"
  /** Connection refused, DNS failure, reset. */
  | "UNREACHABLE"
  | "TIMEOUT"
  /** Another 4xx: the server refused the request as sent. */
  | "REJECTED"
  /** The prompt does not fit the model's context window. */
  | "CONTEXT_LENGTH"
  /** finish_reason "length": the answer was cut at the output token limit. */
  | "TRUNCATED"
  /** The model refused (message.refusal) or a content filter stopped it. */
  | "REFUSED"
  /** The model's content was not JSON or not the requested shape, even after one correction. */
  | "INVALID_OUTPUT"
  /** A 2xx that is not a chat completion (usually a base URL pointing at something else). */
  | "BAD_RESPONSE";

/**
 * Why an LLM call failed. `retriable` says whether the same request may
 * succeed later (rate limits, server errors, timeouts, unreachable server);
 * the message says what to check or change. Never contains the API key.
 */
export class LlmError extends Error {
  readonly code: LlmErrorCode;
  readonly retriable: boolean;
  /** HTTP status of the server's answer, when there was one. */
  readonly status?: number;
  /** From Retry-After / retry-after-ms on a 429 or 5xx, when the server sent one. */
  readonly retryAfterMs?: number;

  constructor(
    code: LlmErrorCode,
    message: string,
    options: ErrorOptions & { retriable: boolean; status?: number; retryAfterMs?: number },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LlmError";
    this.code = code;
    this.retriable = options.retriable;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A scorecard question for the LLM; `id` comes back with its answer. */
export interface LlmQuestion {
  id: string;
  question: string;
}

export type QuestionAnswerValue = "yes" | "no" | "not_applicable";

/** A quote verified against the transcript, with its segment and time. */
export interface AnswerEvidence {
  segmentIndex: number;
  /** The transcript's own text for the quoted span. */
  quote: string;
  startMs: number;
  endMs: number;
}

export interface QuestionAnswer {
  id: string;
  answer: QuestionAnswerValue;
  /** Null when the model quoted nothing or its quote is not in the transcript. */
  evidence: AnswerEvidence | null;
  explanation: string;
}

export interface LlmSummary {
  summary: string;
  actionItems: string[];
}

/** Per call: the caller's cancellation (record deleted, shutdown). */
export interface LlmCallOptions {
  signal?: AbortSignal;
  /** Told the tokens each completion used (prompt plus completion, from the server's `usage`), for metering. */
  onUsage?: (tokens: number) => void;
}
