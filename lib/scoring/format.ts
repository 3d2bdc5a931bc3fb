/** m:ss, as the dashboard's player shows times. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export function quoteList(items: readonly string[], limit = 3): string {
  const shown = items.slice(0, limit).map((p) => `“${p}”`);
  return items.length > limit ? `${shown.join(", ")} or ${items.length - limit} more` : shown.join(", ");
}

/** Evidence quotes stay short: they are pointers into the transcript, not copies of it. */
export function shortQuote(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
