// /records/[id] – one record: its facts, live status, the QA analysis, the audio with a waveform, and the transcript that follows playback (?segment=&t= opens it at a moment)
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalysisPanel, type ScorecardInfo } from "@/components/analysis/analysis-panel";
import { TranscriptNavigation } from "@/components/analysis/transcript-navigation";
import { LiveStatus } from "@/components/records/live-status";
import { openAtFrom } from "@/components/records/open-at";
import { RecordActions } from "@/components/records/record-actions";
import { RecordDetails } from "@/components/records/record-details";
import { recordName } from "@/components/records/record-name";
import { RecordPlayback } from "@/components/records/record-playback";
import { TalkMetrics } from "@/components/records/talk-metrics";
import { TranscriptView } from "@/components/records/transcript-view";
import { AnnotatableTranscript } from "@/components/reviews/annotatable-transcript";
import { toAnnotationView } from "@/components/reviews/annotation-view";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { getAnalysis } from "@/lib/services/analyses/get-analysis";
import { listAnalyses } from "@/lib/services/analyses/list-analyses";
import { listMembers } from "@/lib/services/members/list-members";
import { getProject } from "@/lib/services/projects/get-project";
import { getRecord } from "@/lib/services/records/get-record";
import { getTranscript } from "@/lib/services/records/get-transcript";
import { listAnnotations } from "@/lib/services/reviews/annotations";
import { getScorecard } from "@/lib/services/scorecards/get-scorecard";

export const metadata: Metadata = { title: "Record" };

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";
const orNull = <T,>(promise: Promise<T>) => promise.catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));

async function load(id: string, wantedAnalysis: string | undefined) {
  const { ctx, currentOrg, user } = await getDashboardContext();
  if (!looksLikeId("record", id)) notFound();
  const record = await getRecord(ctx, id).catch((error: unknown) => (isNotFound(error) ? notFound() : Promise.reject(error)));
  // No transcript until the record is completed; the service says NOT_FOUND meanwhile.
  const [transcript, project, analyses] = await Promise.all([
    record.status === "completed" ? orNull(getTranscript(ctx, id)) : null,
    orNull(getProject(ctx, record.projectId)),
    listAnalyses(ctx, { page: 1, pageSize: 50, sort: "createdAt", order: "desc", recordId: id }),
  ]);
  // ?analysis= picks an older one; an id of another record's analysis is ignored.
  const chosen = analyses.items.find((a) => a.id === wantedAnalysis) ?? analyses.items[0] ?? null;
  const analysis = chosen ? await getAnalysis(ctx, chosen.id) : null;
  const segments = transcript?.segments ?? [];
  const [scorecard, annotations] = await Promise.all([
    analysis ? orNull(getScorecard(ctx, analysis.projectId, analysis.scorecardVersion)) : null,
    analysis && transcript ? listAnnotations(ctx, analysis.id) : [],
  ]);
  const names = annotations.length
    ? new Map((await listMembers(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" })).items.map((m) => [m.id, m.name]))
    : new Map<string, string>();
  const scorecardInfo: ScorecardInfo | null = scorecard
    ? { name: scorecard.definition.name, version: scorecard.version, passingScore: scorecard.definition.passingScore, categories: scorecard.definition.categories }
    : null;
  return {
    record,
    transcript,
    projectName: project?.name ?? record.projectId,
    analyses: analyses.items,
    analysis,
    scorecard: scorecardInfo,
    annotations: annotations.map((a) => toAnnotationView(a, segments, names, user.id)),
    canWrite: can(currentOrg.role, "records:write"),
    canReview: can(currentOrg.role, "reviews:write"),
  };
}

function transcriptNote(status: string): string {
  if (status === "failed") return "There is no transcript: processing failed.";
  if (status === "completed") return "This record has no transcript.";
  return "The transcript appears here when processing completes.";
}

export default async function RecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const wanted = query.analysis;
  const { record, transcript, projectName, analyses, analysis, scorecard, annotations, canWrite, canReview } = await load(
    (await params).id,
    typeof wanted === "string" ? wanted : undefined,
  );
  const name = recordName(record);
  const segments = transcript?.segments ?? null;
  const note = transcriptNote(record.status);
  // ?segment= and ?t= (search results): outline that turn and play from there.
  const openAt = openAtFrom(query, segments ?? []);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/records" className="text-slate-500 hover:text-slate-700">
          ← Records
        </Link>
      </nav>
      <PageHeader
        title={name}
        description={<span className="font-mono text-xs">{record.id}</span>}
        actions={canWrite && <RecordActions id={record.id} name={name} failed={record.status === "failed"} />}
      />
      <Card className="mb-6" aria-labelledby="record-details-title">
        <CardHeader
          titleId="record-details-title"
          title="Details"
          actions={<LiveStatus key={record.status} record={{ id: record.id, status: record.status, error: record.error }} refreshWhenSettled />}
        />
        {record.status === "failed" && record.error && (
          <div role="alert" className="mx-5 mt-5 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
            <span className="font-medium">Processing failed:</span> {record.error}
          </div>
        )}
        <RecordDetails record={record} projectName={projectName} />
      </Card>
      <TranscriptNavigation annotations={annotations} initial={openAt}>
        <AnalysisPanel
          recordStatus={record.status}
          analyses={analyses}
          analysis={analysis}
          scorecard={scorecard}
          startTimes={(segments ?? []).map((s) => s.startMs)}
          timed={record.hasAudio}
          canReanalyze={canWrite}
          canReview={canReview}
        />
        <Card aria-labelledby="transcript-title">
          <CardHeader
            titleId="transcript-title"
            title={record.type === "call" ? "Recording and transcript" : "Conversation"}
            description={annotations.length > 0 ? "Highlighted words carry reviewers' annotations: hover or click one to read it." : undefined}
          />
          <TalkMetrics metrics={transcript?.talkMetrics ?? null} />
          <AnnotatableTranscript analysisId={analysis?.id ?? null} recordId={record.id} canAnnotate={false}>
            {record.hasAudio ? (
              <RecordPlayback recordId={record.id} segments={segments} transcriptNote={note} />
            ) : segments ? (
              <TranscriptView segments={segments} currentMs={null} playing={false} onSeek={null} />
            ) : (
              <p className="px-5 py-8 text-center text-sm text-slate-500">{note}</p>
            )}
          </AnnotatableTranscript>
        </Card>
      </TranscriptNavigation>
    </>
  );
}
