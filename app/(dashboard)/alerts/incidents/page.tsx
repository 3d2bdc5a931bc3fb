// /alerts/incidents – what the rules raised, newest first, with Acknowledge and Resolve
import type { Metadata } from "next";
import { AlertTabs } from "@/components/alerts/alert-tabs";
import { IncidentFilters } from "@/components/alerts/incident-filters";
import { incidentsHref, parseIncidentFilters, type SearchParams } from "@/components/alerts/incidents-query";
import { IncidentsTable } from "@/components/alerts/incidents-table";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listIncidents } from "@/lib/services/alerts/list-incidents";

export const metadata: Metadata = { title: "Incidents" };

const PAGE_SIZE = 25;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = <PageHeader title="Alerts" description="Each incident is one rule matching one conversation (or, for a windowed rule, several)." />;
  if (!can(currentOrg.role, "alerts:read")) {
    return (
      <>
        {header}
        <AccessDenied what="alerts" />
      </>
    );
  }
  const filters = parseIncidentFilters(await searchParams);
  const incidents = await listIncidents(ctx, {
    page: filters.page,
    pageSize: PAGE_SIZE,
    sort: "createdAt",
    order: "desc",
    status: filters.status,
    ruleId: filters.ruleId,
  });

  return (
    <>
      {header}
      <AlertTabs current="incidents" />
      <Card className="mb-6" aria-label="Filters">
        <IncidentFilters status={filters.status} ruleId={filters.ruleId} />
      </Card>
      <Card aria-label="Incidents">
        {incidents.items.length > 0 ? (
          <IncidentsTable incidents={incidents.items} canManage={can(currentOrg.role, "alerts:manage")} />
        ) : (
          <EmptyState title={incidents.total > 0 ? "Nothing on this page" : filters.status || filters.ruleId ? "No incidents match" : "No incidents yet"}>
            {incidents.total === 0 && !filters.status && "Incidents appear here when an analysed conversation matches an enabled rule."}
          </EmptyState>
        )}
        <Pagination
          page={filters.page}
          pageSize={PAGE_SIZE}
          total={incidents.total}
          noun="incidents"
          hrefFor={(page) => incidentsHref(filters, { page })}
        />
      </Card>
    </>
  );
}
