import type { BillingUsageDto } from "@/lib/services/billing/billing-schemas";

/**
 * Display only: the API's amounts are exact decimals converted from stored
 * micro-units; here they only become text. Small amounts keep the decimals
 * that make them non-zero ($0.006, not $0.01).
 */
export function formatAmount(amount: number, currency: string): string {
  const small = amount !== 0 && Math.abs(amount) < 0.01;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: small ? 6 : 2 }).format(amount);
  } catch {
    return `${amount.toFixed(small ? 6 : 2)} ${currency}`;
  }
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatQuantity(value: number): string {
  return NUMBER.format(value);
}

export const KIND_LABELS: Record<BillingUsageDto["byKind"][number]["kind"], string> = {
  audio_minutes: "Audio minutes",
  analysis: "Analyses",
  llm_tokens: "LLM tokens",
};

export const UNIT_LABELS: Record<string, string> = { minute: "per minute", analysis: "per analysis", "1k_tokens": "per 1,000 tokens" };

const SHORT_DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });

/** "2026-03-05" → "Mar 5". */
export function shortDate(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** The sentence that stands in for the chart for those who cannot see it, and that everyone reads under it. */
export function usageChartSummary(byDay: BillingUsageDto["byDay"], currency: string): string {
  const busy = byDay.filter((d) => d.cost > 0);
  if (busy.length === 0) return "No metered usage in this period yet.";
  const totalMicros = byDay.reduce((sum, d) => sum + Math.round(d.cost * 1_000_000), 0);
  const top = busy.reduce((a, b) => (b.cost > a.cost ? b : a));
  const days = `${busy.length} ${busy.length === 1 ? "day" : "days"} with usage`;
  return `${formatAmount(totalMicros / 1_000_000, currency)} over ${days}; the most on ${shortDate(top.date)} (${formatAmount(top.cost, currency)}).`;
}
