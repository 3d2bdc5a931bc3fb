// / – overview of the current organization: counts, quality for a period and project (?from, ?to, ?projectId), and how to make a first API call
import type { Metadata } from "next";
import { GetStartedCard } from "@/components/overview/get-started-card";
import { QualitySection } from "@/components/overview/quality-section";
import { parseQualityFilters, toQualityQuery, type SearchParams } from "@/components/overview/quality-range";
import { StatCard } from "@/components/overview/stat-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { getQualityOverview } from "@/lib/services/analyses/quality-overview";
import { listMembers } from "@/lib/services/members/list-members";
import { listProjects } from "@/lib/services/projects/list-projects";
import { listRecords } from "@/lib/services/records/list-records";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, currentOrg, user } = await getDashboardContext();
  // Members and records: page size 1, only the totals are needed. Projects: names for the filter (100 is the service's page limit).
  const [projects, members, records] = await Promise.all([
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
    listMembers(ctx, { page: 1, pageSize: 1, sort: "joinedAt", order: "desc" }),
    listRecords(ctx, { page: 1, pageSize: 1, sort: "createdAt", order: "desc" }),
  ]);
  const hasRecords = records.total > 0;
  const now = new Date();
  const filters = parseQualityFilters(
    await searchParams,
    now,
    projects.items.map((p) => p.id),
  );
  const overview = hasRecords ? await getQualityOverview(ctx, toQualityQuery(filters)) : null;
  const getStarted = <GetStartedCard appUrl={config().appUrl} canManageKeys={can(currentOrg.role, "apiKeys:manage")} />;

  return (
    <>
      <PageHeader title={currentOrg.name} description={`Welcome back, ${user.name}.`} />
      <dl className="mb-8 grid gap-4 sm:grid-cols-3">
        <StatCard label="Projects" value={projects.total} href="/projects" />
        <StatCard
          label="Members"
          value={members.total}
          href={can(currentOrg.role, "members:manage") ? "/settings/members" : undefined}
        />
        <StatCard label="Your role" value={currentOrg.role.charAt(0).toUpperCase() + currentOrg.role.slice(1)} />
      </dl>
      {/* An organization without records starts with the API; one with records starts with its quality, the API comes after. */}
      {overview ? (
        <>
          <QualitySection
            overview={overview}
            filters={filters}
            projects={projects.items.map((p) => ({ id: p.id, name: p.name }))}
            now={now}
          />
          {getStarted}
        </>
      ) : (
        getStarted
      )}
    </>
  );
}
