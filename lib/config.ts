import path from "node:path";
import { z } from "zod";
import { parseDecimalMicros } from "./billing/money";

/**
 * Every environment variable Callscope reads, parsed once. With nothing set,
 * Callscope runs embedded: PGlite under DATA_DIR, the local job runner, local
 * storage. Secrets are required only where they protect something.
 */
const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** A price as decimal text ("0.02"), kept as whole micro-units so no float ever holds money. */
const priceFromEnv = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx) => {
      const micros = parseDecimalMicros(v);
      if (micros === null) {
        ctx.addIssue({ code: "custom", message: "must be a non-negative decimal with at most 6 decimals, e.g. 0.02" });
        return z.NEVER;
      }
      return micros;
    });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_TRUST_HOST: booleanFromEnv.default(true),
  /** Seals integration secrets (ingest, Bitrix24, webhooks); derived from AUTH_SECRET when unset. */
  SECRETS_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(200),
  RATE_LIMIT_STORE: z.enum(["memory", "postgres"]).default("memory"),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

  // Object storage: local disk under DATA_DIR/objects unless S3_BUCKET is set.
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (bucket in the path), which MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(true),

  /** Largest recording accepted, by upload or ingest. */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(5000).default(500),
  /** Ingest downloads: time limit, and whether private or loopback addresses may be fetched. */
  INGEST_DOWNLOAD_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  INGEST_ALLOW_PRIVATE_URLS: booleanFromEnv.default(false),

  // Outgoing webhooks: how long a receiver may take, the first retry's delay (it
  // doubles each attempt), and whether private or loopback addresses may receive.
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).default(30),
  WEBHOOK_ALLOW_PRIVATE_URLS: booleanFromEnv.default(false),

  // Email: an SMTP server as smtp://user:pass@host:587 (STARTTLS when offered) or
  // smtps://user:pass@host:465. Unset: nothing is emailed (links are shown to be shared by hand).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** The From of every email, e.g. `Callscope <callscope@example.com>`; defaults to no-reply at APP_URL's host. */
  EMAIL_FROM: z.string().trim().min(3).max(320).optional(),

  // Speech-to-text: pocketsphinx (embedded default), openai (any OpenAI-compatible
  // /v1/audio/transcriptions server) or deepgram.
  STT_PROVIDER: z.enum(["pocketsphinx", "openai", "deepgram"]).default("pocketsphinx"),
  STT_BASE_URL: z.url().optional(),
  STT_API_KEY: z.string().min(1).optional(),
  STT_MODEL: z.string().min(1).optional(),
  STT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(7200).default(600),

  // Analysis: the local analyzer always runs; an OpenAI-compatible chat endpoint
  // (OpenAI, vLLM, Ollama, llama.cpp server...) also answers question criteria
  // and writes the summary when LLM_BASE_URL is set.
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default("gpt-4o-mini"),
  LLM_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Longer transcripts are sent with their middle left out (start and end kept). */
  LLM_MAX_TRANSCRIPT_CHARS: z.coerce.number().int().min(2000).max(2_000_000).default(48_000),

  // Exports: how long a finished file is kept, how long one download link works,
  // and the most records a PDF report takes (each is a page or more).
  EXPORT_TTL_HOURS: z.coerce.number().positive().max(168).default(24),
  EXPORT_LINK_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  EXPORT_PDF_MAX_RECORDS: z.coerce.number().int().min(1).max(100_000).default(5000),

  // Jobs: Inngest when INNGEST_EVENT_KEY (or INNGEST_DEV) is set, else the embedded runner.
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  /** "1" for the Inngest dev server on its default URL, or the dev server's URL. */
  INNGEST_DEV: z.string().min(1).optional(),
  /** Embedded runner: runs at once in this process, and per organization. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  JOB_CONCURRENCY_PER_ORG: z.coerce.number().int().min(1).max(64).default(2),

  // Billing: the price list applied to metered usage, in BILLING_CURRENCY. Each usage
  // event keeps the price in effect when it was metered (docs/billing.md).
  BILLING_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as USD")
    .default("USD"),
  /** Per minute of processed audio (both channels of a stereo call count once). */
  PRICE_PER_AUDIO_MINUTE: priceFromEnv("0.02"),
  /** Per completed analysis (every scoring, including re-analysis). */
  PRICE_PER_ANALYSIS: priceFromEnv("0.01"),
  /** Per 1,000 LLM tokens (prompt plus completion), when an LLM is configured. */
  PRICE_PER_1K_LLM_TOKENS: priceFromEnv("0.002"),
});

export type AppConfig = z.infer<typeof envSchema> & {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  /** Where PGlite keeps its files when DATABASE_URL is unset. */
  pgliteDir: string;
  /** Local object storage root. */
  objectsDir: string;
  /** Base URL used in links we hand out (invitation links). */
  appUrl: string;
};

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  const dataDir = path.resolve(parsed.DATA_DIR);
  return {
    ...parsed,
    dataDir,
    pgliteDir: path.join(dataDir, "db"),
    objectsDir: path.join(dataDir, "objects"),
    appUrl: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
  };
}

let cached: AppConfig | undefined;

export function config(): AppConfig {
  cached ??= parseConfig();
  return cached;
}

/** AUTH_SECRET signs sessions and access tokens; refuse to run without it. */
export function authSecret(): string {
  const secret = config().AUTH_SECRET;
  if (!secret) {
    throw new ConfigError(
      "AUTH_SECRET is not set. Run `bash scripts/setup.sh` (it writes one to .env.local) " +
        "or set AUTH_SECRET to 32+ random characters, e.g. `openssl rand -base64 32`.",
    );
  }
  return secret;
}

/** Tests change the environment between cases; let them drop the cache. */
export function resetConfigForTests(): void {
  cached = undefined;
}
