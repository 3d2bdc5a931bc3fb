import type { QualityOverview } from "@/lib/services/analyses/quality-overview";
import { percent, shortDay, type TrendDay } from "./quality-range";

/**
 * The sentences that stand in for each chart for people who cannot see it
 * (and that everyone reads under it). Pure, so they are tested.
 */
export function trendSummary(trend: readonly TrendDay[]): string {
  const scored = trend.filter((d) => d.averageQualityScore !== null);
  if (scored.length === 0) return "No analysed records in this period, so there is no score trend yet.";
  const firstDay = scored[0]!;
  const lastDay = scored[scored.length - 1]!;
  const days = `${scored.length} ${scored.length === 1 ? "day" : "days"} with analysed records`;
  let text =
    scored.length === 1
      ? `Average quality score ${firstDay.averageQualityScore} on ${shortDay(firstDay.date)}, the only day with analysed records.`
      : (() => {
          const lowest = scored.reduce((a, b) => (b.averageQualityScore! < a.averageQualityScore! ? b : a));
          const highest = scored.reduce((a, b) => (b.averageQualityScore! > a.averageQualityScore! ? b : a));
          return (
            `Average quality score over ${days}: ${firstDay.averageQualityScore} on ${shortDay(firstDay.date)} and ${lastDay.averageQualityScore} on ${shortDay(lastDay.date)}; ` +
            `lowest ${lowest.averageQualityScore} on ${shortDay(lowest.date)}, highest ${highest.averageQualityScore} on ${shortDay(highest.date)}.`
          );
        })();
  const rates = trend.filter((d) => d.compliancePassRate !== null);
  if (rates.length > 0) {
    const firstRate = rates[0]!;
    const lastRate = rates[rates.length - 1]!;
    text +=
      rates.length === 1
        ? ` Compliance pass rate ${percent(firstRate.compliancePassRate!)}.`
        : ` Compliance pass rate ${percent(firstRate.compliancePassRate!)} on ${shortDay(firstRate.date)} and ${percent(lastRate.compliancePassRate!)} on ${shortDay(lastRate.date)}.`;
  }
  return text;
}

export function sentimentSummary(sentiment: QualityOverview["customerSentiment"]): string {
  const total = sentiment.positive + sentiment.neutral + sentiment.negative;
  if (total === 0) return "No customer sentiment in this period.";
  const part = (n: number, label: string) => `${n} ${label} (${percent(n / total)})`;
  return (
    `Customer sentiment at the end of ${total} analysed ${total === 1 ? "conversation" : "conversations"}: ` +
    `${part(sentiment.positive, "positive")}, ${part(sentiment.neutral, "neutral")}, ${part(sentiment.negative, "negative")}.`
  );
}

export function keyPhrasesSummary(phrases: QualityOverview["topKeyPhrases"], shown = 5): string {
  if (phrases.length === 0) return "No key phrases in this period.";
  const list = phrases
    .slice(0, shown)
    .map((p) => `“${p.text}” in ${p.records} ${p.records === 1 ? "record" : "records"}`)
    .join(", ");
  const rest = phrases.length > shown ? ` and ${phrases.length - shown} more below` : "";
  return `Most frequent key phrases: ${list}${rest}.`;
}
