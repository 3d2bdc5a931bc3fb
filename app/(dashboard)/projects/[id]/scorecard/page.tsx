// /projects/[id]/scorecard – the project's QA scorecard: edit and save it as a new version, preview it on a record, read older versions
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { recordName } from "@/components/records/record-name";
import { ScorecardEditor } from "@/components/scorecards/scorecard-editor";
import { VersionHistory } from "@/components/scorecards/version-history";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { listMembers } from "@/lib/services/members/list-members";
import { getProject } from "@/lib/services/projects/get-project";
import { listRecords } from "@/lib/services/records/list-records";
import { getScorecard } from "@/lib/services/scorecards/get-scorecard";
import { listScorecardVersions } from "@/lib/services/scorecards/list-scorecard-versions";

export const metadata: Metadata = { title: "Scorecard" };

const HISTORY_PAGE_SIZE = 10;
/** Enough recent records to pick a typical one and an odd one. */
const PREVIEW_RECORDS = 25;

type SearchParams = Record<string, string | string[] | undefined>;

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";
const orNotFound = <T,>(promise: Promise<T>) => promise.catch((error: unknown) => (isNotFound(error) ? notFound() : Promise.reject(error)));

/** `?version=` as a positive whole number, or nothing. */
function versionParam(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined;
  const version = Number(raw);
  return version >= 1 ? version : undefined;
}

export default async function ScorecardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const { id } = await params;
  if (!looksLikeId("project", id)) notFound();
  const query = await searchParams;
  const requested = versionParam(query.version);
  const historyPage = pageFromSearchParam(query.page);
  const canManage = can(currentOrg.role, "projects:manage");

  const [project, current, versions, members] = await Promise.all([
    orNotFound(getProject(ctx, id)),
    orNotFound(getScorecard(ctx, id)),
    orNotFound(listScorecardVersions(ctx, id, { page: historyPage, pageSize: HISTORY_PAGE_SIZE })),
    listMembers(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const viewing = requested !== undefined && requested !== current.version ? await orNotFound(getScorecard(ctx, id, requested)) : null;
  const editable = canManage && !viewing;
  const records = editable
    ? await listRecords(ctx, { page: 1, pageSize: PREVIEW_RECORDS, sort: "createdAt", order: "desc", projectId: id, status: "completed" })
    : null;

  const names = new Map(members.items.map((m) => [m.id, m.name]));
  const authorName = (createdBy: string | null) => (createdBy === null ? "Callscope (default scorecard)" : (names.get(createdBy) ?? "A former member"));
  const shown = viewing ?? current;
  const previewRecords = records?.items.map((r) => ({
    id: r.id,
    name: recordName(r),
    label: `${recordName(r)} · ${formatDate(r.createdAt)}${r.qualityScore === null ? "" : ` · score ${r.qualityScore}`}`,
  }));

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/projects" className="text-slate-500 hover:text-slate-700">
          ← Projects
        </Link>
      </nav>
      <PageHeader title={project.name} description={<span className="font-mono text-xs">{project.id}</span>} />
      <ProjectTabs projectId={project.id} current="scorecard" />

      {viewing ? (
        <div role="note" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <p>
            You are viewing <strong>version {viewing.version}</strong>, saved {formatDateTime(viewing.createdAt)} by {authorName(viewing.createdBy)}. Older
            versions are read-only; the current one is version {current.version}.
          </p>
          <Link href={`/projects/${project.id}/scorecard`} className="font-medium text-amber-900 underline hover:no-underline">
            Back to the current version
          </Link>
        </div>
      ) : (
        <p className="mb-6 text-sm text-slate-600" data-testid="scorecard-version">
          <span className="font-medium text-slate-900">Version {current.version}</span> (current), saved {formatDateTime(current.createdAt)} by{" "}
          {authorName(current.createdBy)}.{" "}
          {canManage
            ? "Saving creates the next version: new analyses use it, and earlier analyses keep the version they were scored with."
            : "Your role can view the scorecard but not change it."}
        </p>
      )}

      <ScorecardEditor
        key={viewing ? `version-${viewing.version}` : "current"}
        projectId={project.id}
        definition={shown.definition}
        readOnly={!editable}
        previewRecords={previewRecords}
      />

      <Card className="mt-6" aria-labelledby="scorecard-history-title">
        <CardHeader titleId="scorecard-history-title" title="Version history" description="Every saved version stays readable, with who saved it and when." />
        <VersionHistory
          projectId={project.id}
          versions={versions.items}
          currentVersion={current.version}
          viewingVersion={viewing?.version}
          authorName={authorName}
        />
        <Pagination page={historyPage} pageSize={HISTORY_PAGE_SIZE} total={versions.total} basePath={`/projects/${project.id}/scorecard`} noun="versions" />
      </Card>
    </>
  );
}
