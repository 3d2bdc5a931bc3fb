// /reviews/[analysisId] – a reviewer's workspace: the conversation to listen to and annotate, the AI's answers to confirm or correct, the review history
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { groupCriteria } from "@/components/analysis/criteria";
import { ComplianceBadge } from "@/components/analysis/score-overview";
import { TranscriptNavigation } from "@/components/analysis/transcript-navigation";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { formatScore } from "@/components/records/format";
import { recordName } from "@/components/records/record-name";
import { RecordPlayback } from "@/components/records/record-playback";
import { TranscriptView } from "@/components/records/transcript-view";
import { AnnotatableTranscript } from "@/components/reviews/annotatable-transcript";
import { toAnnotationView } from "@/components/reviews/annotation-view";
import { ReviewForm } from "@/components/reviews/review-form";
import { initialAnswers } from "@/components/reviews/review-form-state";
import { ReviewHistory } from "@/components/reviews/review-history";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { getAnalysis } from "@/lib/services/analyses/get-analysis";
import { listMembers } from "@/lib/services/members/list-members";
import { getProject } from "@/lib/services/projects/get-project";
import { getRecord } from "@/lib/services/records/get-record";
import { getTranscript } from "@/lib/services/records/get-transcript";
import { listAnnotations } from "@/lib/services/reviews/annotations";
import { getReview } from "@/lib/services/reviews/reviews";
import { getScorecard } from "@/lib/services/scorecards/get-scorecard";

export const metadata: Metadata = { title: "Review" };

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";
const orNull = <T,>(promise: Promise<T>) => promise.catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));

async function load(id: string) {
  const { ctx, user } = await getDashboardContext();
  if (!looksLikeId("analysis", id)) notFound();
  const analysis = (await orNull(getAnalysis(ctx, id))) ?? notFound();
  const [record, transcript, reviews, annotations, scorecard, members, project] = await Promise.all([
    getRecord(ctx, analysis.recordId),
    orNull(getTranscript(ctx, analysis.recordId)),
    getReview(ctx, id),
    listAnnotations(ctx, id),
    orNull(getScorecard(ctx, analysis.projectId, analysis.scorecardVersion)),
    listMembers(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
    orNull(getProject(ctx, analysis.projectId)),
  ]);
  const names = new Map(members.items.map((m) => [m.id, m.name]));
  const segments = transcript?.segments ?? [];
  return {
    analysis,
    record,
    segments: transcript ? segments : null,
    reviews,
    names,
    scorecard,
    projectName: project?.name ?? analysis.projectId,
    annotations: annotations.map((a) => toAnnotationView(a, segments, names, user.id)),
  };
}

export default async function ReviewPage({ params }: { params: Promise<{ analysisId: string }> }) {
  const { currentOrg } = await getDashboardContext();
  const { analysisId } = await params;
  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href="/reviews" className="text-slate-500 hover:text-slate-700">
        ← Review queue
      </Link>
    </nav>
  );
  if (!can(currentOrg.role, "reviews:write")) {
    return (
      <>
        {breadcrumb}
        <PageHeader title="Review" />
        <AccessDenied what="reviews" />
      </>
    );
  }

  const { analysis, record, segments, reviews, names, scorecard, projectName, annotations } = await load(analysisId);
  const name = recordName(record);
  const passingScore = scorecard?.definition.passingScore ?? 70;
  const groups = groupCriteria(analysis.criteria, scorecard?.definition.categories ?? [], analysis.categories);
  const latest = reviews.review;
  const all = latest ? [latest, ...reviews.history] : [];
  const reviewer = (id: string | null) => (id ? (names.get(id) ?? "a former member") : "an API key");
  const prefillNote = latest
    ? `Answers are pre-filled from the ${latest.status === "draft" ? "draft" : "review submitted"} by ${reviewer(latest.reviewerId)}, ${formatDateTime(latest.createdAt)}.`
    : null;

  return (
    <>
      {breadcrumb}
      <PageHeader
        title={`Review: ${name}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>{projectName}</span>
            <span aria-hidden="true">·</span>
            <span>Agent: {record.agentName ?? "—"}</span>
            <span aria-hidden="true">·</span>
            <span>
              AI score <span className="font-semibold text-slate-700 tabular-nums">{formatScore(analysis.qualityScore)}</span> (passing {passingScore})
            </span>
            <ComplianceBadge status={analysis.complianceStatus} />
          </span>
        }
        actions={
          <Link href={`/records/${record.id}?analysis=${analysis.id}`} className={buttonClasses("secondary")}>
            Open record
          </Link>
        }
      />
      <TranscriptNavigation annotations={annotations} annotatable={segments !== null}>
        <div className="mb-6 grid items-start gap-6 lg:grid-cols-2">
          <Card aria-labelledby="conversation-title" className="lg:sticky lg:top-4">
            <CardHeader
              titleId="conversation-title"
              title={record.type === "call" ? "Call" : "Conversation"}
              description="Select words in a turn (or use a turn's Annotate button) to annotate them."
            />
            <div className="lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto [&_section]:sticky [&_section]:top-0 [&_section]:z-10 [&_section]:bg-white">
              <AnnotatableTranscript analysisId={analysis.id} recordId={record.id} canAnnotate={segments !== null}>
                {segments === null ? (
                  <p className="px-5 py-8 text-center text-sm text-slate-500">The transcript is not available.</p>
                ) : record.hasAudio ? (
                  <RecordPlayback recordId={record.id} segments={segments} transcriptNote={null} />
                ) : (
                  <TranscriptView segments={segments} currentMs={null} playing={false} onSeek={null} />
                )}
              </AnnotatableTranscript>
            </div>
          </Card>
          <Card aria-labelledby="review-title">
            <CardHeader
              titleId="review-title"
              title="Your review"
              description="The AI's answers are selected: confirm or correct each one. Criteria the AI could not judge need your answer."
            />
            {analysis.status === "completed" ? (
              <ReviewForm
                analysisId={analysis.id}
                groups={groups}
                initial={initialAnswers(analysis.criteria, latest?.answers ?? null)}
                initialComment={latest?.comment ?? ""}
                prefillNote={prefillNote}
                aiScore={analysis.qualityScore}
                passingScore={passingScore}
                timed={record.hasAudio}
              />
            ) : (
              <CardBody>
                <p className="text-sm text-slate-600">This analysis is {analysis.status}; it can be reviewed once it has completed.</p>
              </CardBody>
            )}
          </Card>
        </div>
      </TranscriptNavigation>
      <Card aria-labelledby="history-title">
        <CardHeader titleId="history-title" title="Review history" description="Every submitted review and saved draft of this analysis, newest first." />
        <ReviewHistory reviews={all} names={names} />
      </Card>
    </>
  );
}
