export { answerQuestions, QUOTE_NOT_FOUND_NOTE } from "./answer-questions";
export { chatCompletionsUrl, chatJson, type ChatJsonRequest } from "./chat-client";
export { createQuoteLookup, type QuoteLookup, type QuoteMatch } from "./quote-lookup";
export { DEFAULT_SUMMARY_WORDS, summarizeWithLlm, type SummarizeOptions } from "./summarize";
export { DEFAULT_MAX_TRANSCRIPT_CHARS, renderTranscript, type PromptTranscript } from "./transcript-prompt";
export {
  LlmError,
  type AnswerEvidence,
  type LlmCallOptions,
  type LlmConfig,
  type LlmErrorCode,
  type LlmQuestion,
  type LlmSummary,
  type QuestionAnswer,
  type QuestionAnswerValue,
} from "./types";
