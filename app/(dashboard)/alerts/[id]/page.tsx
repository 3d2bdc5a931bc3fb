// /alerts/:id – one alert rule: edit it, see what it raised, delete it
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertRuleForm } from "@/components/alerts/alert-rule-form";
import { DeleteAlertRuleButton } from "@/components/alerts/delete-alert-rule-button";
import { IncidentsTable } from "@/components/alerts/incidents-table";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { getAlertRule } from "@/lib/services/alerts/get-alert-rule";
import { listRuleIncidents } from "@/lib/services/alerts/list-incidents";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Alert rule" };

export default async function AlertRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { ctx, currentOrg } = await getDashboardContext();
  if (!can(currentOrg.role, "alerts:read")) {
    return (
      <>
        <PageHeader title="Alert rule" />
        <AccessDenied what="alerts" />
      </>
    );
  }
  const rule = await getAlertRule(ctx, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canManage = can(currentOrg.role, "alerts:manage");
  const [incidents, projects] = await Promise.all([
    listRuleIncidents(ctx, id, { page: 1, pageSize: 10, sort: "createdAt", order: "desc" }),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);

  return (
    <>
      <PageHeader title={rule.name} description={rule.summary} />
      <Card className="mb-6" aria-labelledby="rule-settings-title">
        <CardHeader titleId="rule-settings-title" title={canManage ? "Edit rule" : "Rule"} />
        <CardBody>
          {canManage ? (
            <AlertRuleForm rule={rule} projects={projects.items} criterionIds={defaultScorecard().criteria.map((c) => c.id)} />
          ) : (
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium text-slate-700">Condition</dt>
                <dd className="text-slate-600">{rule.summary}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">Project</dt>
                <dd className="text-slate-600">{rule.projectId ? (projects.items.find((p) => p.id === rule.projectId)?.name ?? rule.projectId) : "All projects"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">Enabled</dt>
                <dd className="text-slate-600">{rule.enabled ? "Yes" : "No"}</dd>
              </div>
            </dl>
          )}
        </CardBody>
      </Card>
      <Card className="mb-6" aria-labelledby="rule-incidents-title">
        <CardHeader
          titleId="rule-incidents-title"
          title="Recent incidents"
          actions={
            incidents.total > incidents.items.length ? (
              <Link href={`/alerts/incidents?ruleId=${rule.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                All {incidents.total}
              </Link>
            ) : undefined
          }
        />
        {incidents.items.length > 0 ? (
          <IncidentsTable incidents={incidents.items} canManage={canManage} />
        ) : (
          <EmptyState title="No incidents yet">Matching records raise them as they are analysed.</EmptyState>
        )}
      </Card>
      {canManage && (
        <Card danger aria-labelledby="delete-rule-title">
          <CardHeader titleId="delete-rule-title" title="Delete this rule" description="Its incidents stay, as history." />
          <CardBody>
            <DeleteAlertRuleButton id={rule.id} name={rule.name} />
          </CardBody>
        </Card>
      )}
    </>
  );
}
