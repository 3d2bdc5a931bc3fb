/** A count option as a whole number >= 0; the default when it is missing or not a number. */
export function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}
