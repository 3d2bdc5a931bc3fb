// /records/[id] – one record: its facts, live status, the audio with a waveform, and the transcript that follows playback
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveStatus } from "@/components/records/live-status";
import { RecordActions } from "@/components/records/record-actions";
import { RecordDetails } from "@/components/records/record-details";
import { recordName } from "@/components/records/record-name";
import { RecordPlayback } from "@/components/records/record-playback";
import { TalkMetrics } from "@/components/records/talk-metrics";
import { TranscriptView } from "@/components/records/transcript-view";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { getProject } from "@/lib/services/projects/get-project";
import { getRecord } from "@/lib/services/records/get-record";
import { getTranscript } from "@/lib/services/records/get-transcript";

export const metadata: Metadata = { title: "Record" };

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

async function load(id: string) {
  const { ctx, currentOrg } = await getDashboardContext();
  if (!looksLikeId("record", id)) notFound();
  const record = await getRecord(ctx, id).catch((error: unknown) => (isNotFound(error) ? notFound() : Promise.reject(error)));
  // No transcript until the record is completed; the service says NOT_FOUND meanwhile.
  const [transcript, project] = await Promise.all([
    record.status === "completed" ? getTranscript(ctx, id).catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e))) : null,
    getProject(ctx, record.projectId).catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e))),
  ]);
  return { record, transcript, projectName: project?.name ?? record.projectId, canWrite: can(currentOrg.role, "records:write") };
}

function transcriptNote(status: string): string {
  if (status === "failed") return "There is no transcript: processing failed.";
  if (status === "completed") return "This record has no transcript.";
  return "The transcript appears here when processing completes.";
}

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { record, transcript, projectName, canWrite } = await load((await params).id);
  const name = recordName(record);
  const segments = transcript?.segments ?? null;
  const note = transcriptNote(record.status);

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
      <Card aria-labelledby="transcript-title">
        <CardHeader titleId="transcript-title" title={record.type === "call" ? "Recording and transcript" : "Conversation"} />
        <TalkMetrics metrics={transcript?.talkMetrics ?? null} />
        {record.hasAudio ? (
          <RecordPlayback recordId={record.id} segments={segments} transcriptNote={note} />
        ) : segments ? (
          <TranscriptView segments={segments} currentMs={null} playing={false} onSeek={null} />
        ) : (
          <p className="px-5 py-8 text-center text-sm text-slate-500">{note}</p>
        )}
      </Card>
    </>
  );
}
