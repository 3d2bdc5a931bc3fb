import { Card } from "@/components/ui/card";
import type { QualityOverview } from "@/lib/services/analyses/quality-overview";
import { ChartFigure } from "./chart-figure";
import { keyPhrasesSummary, sentimentSummary, trendSummary } from "./chart-summaries";
import { KeyPhrasesChart } from "./key-phrases-chart";
import { QualityFilters } from "./quality-filters";
import { fillTrend, longDay, percent, shortDay, type QualityFilters as Filters } from "./quality-range";
import { ScoreTrendChart } from "./score-trend-chart";
import { SentimentChart } from "./sentiment-chart";
import { StatCard } from "./stat-card";

interface QualitySectionProps {
  overview: QualityOverview;
  filters: Filters;
  projects: { id: string; name: string }[];
  now: Date;
}

/** Shown instead of a number that cannot be worked out yet; read as words, not as a dash. */
function NoValue() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">None yet</span>
    </>
  );
}

/** The supervisor's view of a period: volume, quality, compliance, agreement with reviewers, and three charts. */
export function QualitySection({ overview: o, filters, projects, now }: QualitySectionProps) {
  const project = projects.find((p) => p.id === filters.projectId);
  const trend = fillTrend(o.scoreTrend, filters.from, filters.to);
  const sentimentTotal = o.customerSentiment.positive + o.customerSentiment.neutral + o.customerSentiment.negative;
  const share = (n: number) => (sentimentTotal ? percent(n / sentimentTotal) : "0%");
  const sentiment = (["positive", "neutral", "negative"] as const).map((key) => ({
    label: (key.charAt(0).toUpperCase() + key.slice(1)) as "Positive" | "Neutral" | "Negative",
    count: o.customerSentiment[key],
    share: share(o.customerSentiment[key]),
  }));
  const scoredDays = o.scoreTrend.filter((d) => d.records > 0);

  return (
    <section aria-labelledby="quality-title" className="mb-8">
      <div className="mb-4">
        <h2 id="quality-title" className="text-lg font-semibold text-slate-900">
          Quality
        </h2>
        <p className="mt-0.5 text-sm text-slate-500">
          {longDay(filters.from)} – {longDay(filters.to)}, {project ? project.name : "all projects"}.
        </p>
      </div>
      <Card className="mb-4">
        <QualityFilters filters={filters} projects={projects} now={now} />
      </Card>

      <dl className="mb-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Records" value={o.records} note={`${o.analysedRecords} analysed`} />
        <StatCard
          label="Average score"
          value={o.averageQualityScore ?? <NoValue />}
          note={o.averageQualityScore === null ? "No analysed records" : "out of 100"}
        />
        <StatCard
          label="Compliance pass rate"
          value={o.compliancePassRate === null ? <NoValue /> : percent(o.compliancePassRate)}
          note={o.compliancePassRate === null ? "No analysed records" : "of analysed records"}
        />
        <StatCard
          label="AI–reviewer agreement"
          value={o.aiReviewerAgreement === null ? <NoValue /> : percent(o.aiReviewerAgreement)}
          note={o.aiReviewerAgreement === null ? "No submitted reviews" : "of criteria reviewers checked"}
        />
      </dl>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          id="score-trend"
          title="Score trend"
          description="Average quality score and compliance pass rate by day."
          summary={trendSummary(trend)}
          className="lg:col-span-2"
          empty={o.analysedRecords === 0 ? { hint: "Scores appear here once records in this period are analysed." } : undefined}
          table={{
            caption: "Average quality score and compliance pass rate by day",
            columns: ["Day", "Records", "Average score", "Compliance pass rate"],
            rows: scoredDays.map((d) => [
              shortDay(d.date),
              d.records,
              d.averageQualityScore ?? "none",
              d.compliancePassRate === null ? "none" : percent(d.compliancePassRate),
            ]),
          }}
        >
          <ScoreTrendChart
            data={trend.map((d) => ({
              label: shortDay(d.date),
              score: d.averageQualityScore,
              compliance: d.compliancePassRate === null ? null : Math.round(d.compliancePassRate * 1000) / 10,
              records: d.records,
            }))}
          />
        </ChartFigure>
        <ChartFigure
          id="customer-sentiment"
          title="Customer sentiment"
          description="How customers sounded at the end of analysed conversations."
          summary={sentimentSummary(o.customerSentiment)}
          empty={sentimentTotal === 0 ? { hint: "It needs analysed records from projects with sentiment turned on." } : undefined}
          table={{ caption: "Customer sentiment at the end", columns: ["Sentiment", "Conversations", "Share"], rows: sentiment.map((s) => [s.label, s.count, s.share]) }}
        >
          <SentimentChart data={sentiment} />
        </ChartFigure>
        <ChartFigure
          id="key-phrases"
          title="Top key phrases"
          description="What conversations were about: records mentioning each phrase."
          summary={keyPhrasesSummary(o.topKeyPhrases)}
          empty={o.topKeyPhrases.length === 0 ? { hint: "Key phrases come from analysed records." } : undefined}
          table={{ caption: "Top key phrases", columns: ["Phrase", "Records"], rows: o.topKeyPhrases.map((p) => [p.text, p.records]) }}
        >
          <KeyPhrasesChart data={o.topKeyPhrases} />
        </ChartFigure>
      </div>
    </section>
  );
}
