import type { UsageKind } from "../../db/schema/billing";
import { config } from "../config";

/** What one unit of each kind is, and what it costs (micros), as configured now. */
export interface Price {
  unit: "minute" | "analysis" | "1k_tokens";
  unitPriceMicros: number;
}

export function currentPriceList(): Record<UsageKind, Price> & { currency: string } {
  const cfg = config();
  return {
    currency: cfg.BILLING_CURRENCY,
    audio_minutes: { unit: "minute", unitPriceMicros: cfg.PRICE_PER_AUDIO_MINUTE },
    analysis: { unit: "analysis", unitPriceMicros: cfg.PRICE_PER_ANALYSIS },
    llm_tokens: { unit: "1k_tokens", unitPriceMicros: cfg.PRICE_PER_1K_LLM_TOKENS },
  };
}

/** What was done, in the measure it is metered by. */
export type MeteredWork =
  | { kind: "audio_minutes"; durationMs: number }
  | { kind: "analysis" }
  | { kind: "llm_tokens"; tokens: number };

export interface PricedUsage {
  kind: UsageKind;
  /** Minutes (to 4 decimals), analyses, or tokens. */
  quantity: number;
  unitPriceMicros: number;
  costMicros: number;
  currency: string;
}

/**
 * Prices work with the current price list. Integer arithmetic on micros,
 * rounded once at the end: a 90-second call at 0.02 per minute costs exactly
 * 30,000 micros. The products stay exact (below 2^53) for any realistic
 * input: a 10-hour call at 100 per minute is 3.6e7 ms × 1e8 micros = 3.6e15.
 */
export function priceWork(work: MeteredWork): PricedUsage {
  const prices = currentPriceList();
  const { unitPriceMicros } = prices[work.kind];
  const base = { kind: work.kind, unitPriceMicros, currency: prices.currency };
  switch (work.kind) {
    case "audio_minutes":
      return {
        ...base,
        quantity: Math.round(work.durationMs / 6) / 10_000,
        costMicros: Math.round((work.durationMs * unitPriceMicros) / 60_000),
      };
    case "analysis":
      return { ...base, quantity: 1, costMicros: unitPriceMicros };
    case "llm_tokens":
      return { ...base, quantity: work.tokens, costMicros: Math.round((work.tokens * unitPriceMicros) / 1000) };
  }
}
