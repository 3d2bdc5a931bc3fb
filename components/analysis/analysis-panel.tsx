import Link from "next/link";
import type { ReactNode } from "react";
import type { RecordStatus } from "@/components/records/record-status";
import { isSettled } from "@/components/records/record-status";
import { formatScore } from "@/components/records/format";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import type { AnalysisDto, AnalysisSummaryDto } from "@/lib/services/analyses/analysis-dto";
import { AnalysisLiveStatus } from "./analysis-live-status";
import { AnalysisPicker } from "./analysis-picker";
import type { CategoryInfo } from "./criteria";
import { CriteriaList } from "./criteria-list";
import { ActionItems, Improvements, KeyPhrases, Summary } from "./insights";
import { ReanalyzeButton } from "./reanalyze-button";
import { ScoreOverview } from "./score-overview";
import { SentimentChart } from "./sentiment-chart";

export interface ScorecardInfo {
  name: string;
  version: number;
  passingScore: number;
  categories: CategoryInfo[];
}

interface AnalysisPanelProps {
  recordStatus: RecordStatus;
  /** The record's analyses, newest first. */
  analyses: AnalysisSummaryDto[];
  analysis: AnalysisDto | null;
  scorecard: ScorecardInfo | null;
  /** Start time of each transcript segment, by index (x of the sentiment chart). */
  startTimes: number[];
  /** The record has audio, so evidence and action items also seek the player. */
  timed: boolean;
  canReanalyze: boolean;
  canReview: boolean;
}

const DEFAULT_PASSING_SCORE = 70;

function optionLabel(a: AnalysisSummaryDto, newest: boolean): string {
  const state = a.status === "completed" ? `score ${formatScore(a.qualityScore)}` : a.status;
  return `${formatDateTime(a.createdAt)} · v${a.scorecardVersion} · ${state}${newest ? " (newest)" : ""}`;
}

function StatusLine({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="px-5 py-6 text-sm text-slate-600">
      {children}
    </div>
  );
}

/**
 * A record's QA analysis: score, compliance and categories; summary and what
 * to improve; every criterion with its evidence; sentiment over the call, key
 * phrases and action items. Evidence and action items need a
 * TranscriptNavigation around this panel and the transcript.
 */
export function AnalysisPanel({ recordStatus, analyses, analysis, scorecard, startTimes, timed, canReanalyze, canReview }: AnalysisPanelProps) {
  if (!analysis) {
    return (
      <Card className="mb-6" aria-labelledby="analysis-title">
        <CardHeader titleId="analysis-title" title="Quality analysis" />
        <StatusLine>
          {recordStatus === "failed"
            ? "There is no analysis: processing failed before the conversation could be scored."
            : isSettled(recordStatus)
              ? "This record has not been analysed."
              : "The score, summary and findings appear here when processing completes."}
        </StatusLine>
      </Card>
    );
  }

  const completed = analysis.status === "completed";
  const running = analysis.status === "pending" || analysis.status === "processing";
  const passingScore = scorecard?.passingScore ?? DEFAULT_PASSING_SCORE;
  const categories = scorecard?.categories ?? [];
  const scorecardName = scorecard ? `${scorecard.name}, version ${scorecard.version}` : `Scorecard version ${analysis.scorecardVersion}`;

  return (
    <>
      <Card className="mb-6" aria-labelledby="analysis-title" data-analysis-id={analysis.id}>
        <CardHeader
          titleId="analysis-title"
          title="Quality analysis"
          description={
            <>
              {scorecardName} · {completed && analysis.completedAt ? `analysed ${formatDateTime(analysis.completedAt)}` : `requested ${formatDateTime(analysis.createdAt)}`}
              {analysis.analyzer && <> · {analysis.analyzer === "local" ? "local analyzer" : analysis.analyzer}</>}
            </>
          }
          actions={
            <div className="flex flex-wrap items-start justify-end gap-2">
              {analyses.length > 1 && <AnalysisPicker key={analysis.id} selected={analysis.id} options={analyses.map((a, i) => ({ id: a.id, label: optionLabel(a, i === 0) }))} />}
              {canReview && completed && (
                <Link href={`/reviews/${analysis.id}`} className={buttonClasses("secondary", "sm")}>
                  Review
                </Link>
              )}
              {canReanalyze && isSettled(recordStatus) && <ReanalyzeButton analysisId={analysis.id} disabled={running} />}
            </div>
          }
        />
        {running &&
          (isSettled(recordStatus) ? (
            <div className="px-5 py-6">
              <AnalysisLiveStatus id={analysis.id} status={analysis.status} />
            </div>
          ) : (
            <StatusLine>Analysing the conversation: the results appear when processing completes.</StatusLine>
          ))}
        {analysis.status === "failed" && (
          <div role="alert" className="mx-5 my-5 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
            <span className="font-medium">The analysis failed:</span> {analysis.error ?? "no reason was recorded."}
          </div>
        )}
        {completed && (
          <>
            <ScoreOverview
              score={analysis.qualityScore}
              complianceStatus={analysis.complianceStatus}
              categories={analysis.categories}
              categoryInfo={categories}
              passingScore={passingScore}
            />
            <div className="grid gap-6 border-t border-slate-200 px-5 py-5 md:grid-cols-2">
              <Summary summary={analysis.summary} source={analysis.summarySource} />
              <Improvements items={analysis.improvements} />
            </div>
          </>
        )}
      </Card>

      {completed && (
        <>
          <Card className="mb-6" aria-labelledby="criteria-title">
            <CardHeader
              titleId="criteria-title"
              title="Scorecard criteria"
              description={timed ? "Evidence plays the call from that moment and shows the turn in the transcript." : "Evidence shows the turn in the conversation."}
            />
            <CriteriaList criteria={analysis.criteria} categories={categories} scores={analysis.categories} timed={timed} />
          </Card>
          <Card className="mb-6" aria-labelledby="insights-title">
            <CardHeader titleId="insights-title" title="Sentiment, key phrases and action items" />
            <div className="border-b border-slate-200 px-5 py-5">
              <h3 className="mb-2 text-sm font-semibold text-slate-900">Sentiment over the conversation</h3>
              {analysis.sentiment ? (
                <SentimentChart id="sentiment" segments={analysis.sentiment.segments} startTimes={startTimes} speakers={analysis.sentiment.speakers} />
              ) : (
                <p className="text-sm text-slate-500">Sentiment was not measured (it may be turned off for the project).</p>
              )}
            </div>
            <div className="grid gap-6 px-5 py-5 md:grid-cols-2">
              <KeyPhrases phrases={analysis.keyPhrases} topics={analysis.topics} />
              <ActionItems items={analysis.actionItems} timed={timed} />
            </div>
          </Card>
        </>
      )}
    </>
  );
}
