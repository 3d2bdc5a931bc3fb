// /alerts – the organization's alert rules with their switches, and a link to create one
import type { Metadata } from "next";
import Link from "next/link";
import { AlertRulesTable } from "@/components/alerts/alert-rules-table";
import { AlertTabs } from "@/components/alerts/alert-tabs";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listAlertRules } from "@/lib/services/alerts/list-alert-rules";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Alerts" };

const PAGE_SIZE = 20;

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const canManage = can(currentOrg.role, "alerts:manage");
  const header = (
    <PageHeader
      title="Alerts"
      description="Rules that watch analysed conversations (a low score, failed compliance, a phrase said) and raise an incident for each match."
      actions={
        canManage ? (
          <Link href="/alerts/new" className={buttonClasses()}>
            New rule
          </Link>
        ) : undefined
      }
    />
  );
  if (!can(currentOrg.role, "alerts:read")) {
    return (
      <>
        {header}
        <AccessDenied what="alerts" />
      </>
    );
  }

  const page = pageFromSearchParam((await searchParams).page);
  const [rules, projects] = await Promise.all([
    listAlertRules(ctx, { page, pageSize: PAGE_SIZE, sort: "createdAt", order: "desc" }),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const projectNames = new Map(projects.items.map((p) => [p.id, p.name]));

  return (
    <>
      {header}
      <AlertTabs current="rules" />
      <Card aria-label="Alert rules">
        {rules.items.length > 0 ? (
          <AlertRulesTable rules={rules.items} projectNames={projectNames} canManage={canManage} />
        ) : (
          <EmptyState title={rules.total > 0 ? "No rules on this page" : "No alert rules yet"}>
            {canManage && rules.total === 0 ? "Create one to be told about low scores, failed compliance or phrases that matter." : null}
          </EmptyState>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={rules.total} basePath="/alerts" noun="rules" />
      </Card>
    </>
  );
}
