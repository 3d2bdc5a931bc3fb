// /exports – the files of records you exported: status while they are written, then a download link until they expire
import type { Metadata } from "next";
import Link from "next/link";
import { ExportsTable } from "@/components/exports/exports-table";
import { RefreshWhilePending } from "@/components/exports/refresh-while-pending";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { config } from "@/lib/config";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listExports } from "@/lib/services/exports/list-exports";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Exports" };

const PAGE_SIZE = 25;

export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx } = await getDashboardContext();
  const page = pageFromSearchParam((await searchParams).page);
  const [exports, projects] = await Promise.all([
    listExports(ctx, { page, pageSize: PAGE_SIZE, sort: "createdAt", order: "desc" }),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const projectNames = new Map(projects.items.map((p) => [p.id, p.name]));
  const hours = config().EXPORT_TTL_HOURS;
  const pending = exports.items.some((e) => e.status === "pending" || e.status === "processing");

  return (
    <>
      <PageHeader
        title="Exports"
        description={`CSV, JSON and PDF files of records you exported. Only you see them; each file is deleted ${hours} hour${hours === 1 ? "" : "s"} after it is ready.`}
      />
      <RefreshWhilePending pending={pending} />
      <Card aria-label="Exports">
        {exports.items.length > 0 ? (
          <ExportsTable exports={exports.items} projectNames={projectNames} />
        ) : (
          <EmptyState title={exports.total > 0 ? "No exports on this page" : "No exports yet"}>
            {exports.total === 0 && (
              <>
                Use <span className="font-medium">Export</span> on the{" "}
                <Link href="/records" className="font-medium text-brand-700 hover:underline">
                  records list
                </Link>{" "}
                to export the records you filtered.
              </>
            )}
          </EmptyState>
        )}
        {exports.total > PAGE_SIZE && <Pagination page={page} pageSize={PAGE_SIZE} total={exports.total} basePath="/exports" noun="exports" />}
      </Card>
    </>
  );
}
