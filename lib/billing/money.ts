/**
 * Money in whole micro-units (1 currency unit = 1,000,000 micros), never a
 * float in storage or arithmetic. Decimal text and JSON numbers are converted
 * exactly at the edges: config, request bodies, and responses.
 */
export const MICROS_PER_UNIT = 1_000_000;
/** 2^53 micros is about 9 billion units; cap inputs well below it so sums stay exact. */
export const MAX_AMOUNT_MICROS = 1_000_000_000 * MICROS_PER_UNIT;

const DECIMAL = /^(\d{1,10})(?:\.(\d{1,6}))?$/;

/** "0.006" → 6000. Null when the text is not a non-negative decimal with at most 6 decimals. */
export function parseDecimalMicros(text: string): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const micros = Number(match[1]) * MICROS_PER_UNIT + Number((match[2] ?? "").padEnd(6, "0"));
  return micros <= MAX_AMOUNT_MICROS ? micros : null;
}

/**
 * A JSON number as micros, when it is exactly representable in micros: 500.01
 * is, 1.0000001 is not (it would silently round). Null otherwise.
 */
export function numberToMicros(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const micros = Math.round(value * MICROS_PER_UNIT);
  return micros / MICROS_PER_UNIT === value ? micros : null;
}

/** Micros as a JSON number in currency units: 127500000 → 127.5 (the shortest decimal that round-trips). */
export function microsToAmount(micros: number): number {
  return micros / MICROS_PER_UNIT;
}

/** For people: "$127.50", "$0.006". Two decimals, more only when a small amount needs them. */
export function formatMoney(micros: number, currency: string): string {
  const amount = microsToAmount(micros);
  const small = micros !== 0 && Math.abs(micros) < 10_000;
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: small ? 6 : 2,
    }).format(amount);
  } catch {
    // A currency code Intl does not know: plain number and the code.
    return `${amount.toFixed(small ? 6 : 2)} ${currency}`;
  }
}
