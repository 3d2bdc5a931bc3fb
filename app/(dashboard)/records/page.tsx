// /records – the organization's calls, chats and emails: filters in the query string, sortable, a page at a time
import type { Metadata } from "next";
import Link from "next/link";
import { ExportRecordsDialog } from "@/components/exports/export-records-dialog";
import { describeRecordFilters } from "@/components/exports/filter-summary";
import { RecordsFilters } from "@/components/records/records-filters";
import { recordsHref } from "@/components/records/records-query";
import { Pagination } from "@/components/ui/pagination";
import { parseRecordFilters, toListQuery, type SearchParams } from "@/components/records/records-query";
import { RecordsTable } from "@/components/records/records-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listProjects } from "@/lib/services/projects/list-projects";
import { listRecords } from "@/lib/services/records/list-records";

export const metadata: Metadata = { title: "Records" };

const PAGE_SIZE = 25;

export default async function RecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const filters = parseRecordFilters(await searchParams);
  // Project names for the filter and the table; 100 is the service's page limit and plenty for a picker.
  const [records, projects] = await Promise.all([
    listRecords(ctx, toListQuery(filters, PAGE_SIZE)),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const projectNames = new Map(projects.items.map((p) => [p.id, p.name]));
  const canWrite = can(currentOrg.role, "records:write");
  const filtered = Boolean(filters.projectId || filters.status || filters.type || filters.agentName || filters.from || filters.to);
  const exportFilters = Object.fromEntries(
    (["projectId", "status", "type", "agentName", "from", "to"] as const).flatMap((key) => (filters[key] ? [[key, filters[key]]] : [])),
  );

  return (
    <>
      <PageHeader
        title="Records"
        description="Calls, chats and emails with their transcripts and analysis."
        actions={
          <>
            {records.total > 0 && (
              <ExportRecordsDialog filters={exportFilters} filterSummary={describeRecordFilters(exportFilters, projectNames)} />
            )}
            {canWrite && (
              <Link href="/records/upload" className={buttonClasses("primary")}>
                Upload recordings
              </Link>
            )}
          </>
        }
      />
      <Card className="mb-6" aria-label="Filters">
        <RecordsFilters filters={filters} projects={projects.items} />
      </Card>
      <Card aria-label="Records">
        {records.items.length > 0 ? (
          <RecordsTable records={records.items} projectNames={projectNames} filters={filters} />
        ) : (
          <EmptyState title={filtered ? "No records match these filters" : records.total > 0 ? "No records on this page" : "No records yet"}>
            {!filtered && records.total === 0 && canWrite ? "Upload a recording to get started." : null}
          </EmptyState>
        )}
        <Pagination
          page={filters.page}
          pageSize={PAGE_SIZE}
          total={records.total}
          noun="records"
          hrefFor={(page) => recordsHref(filters, { page })}
        />
      </Card>
    </>
  );
}
