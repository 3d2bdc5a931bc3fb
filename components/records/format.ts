/** m:ss (or h:mm:ss) for a length in milliseconds; null means "not known yet". */
export function formatClock(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Quality scores are 0–100; nothing until the analysis has run. */
export function formatScore(score: number | null): string {
  return score === null ? "—" : String(Math.round(score));
}
