// /alerts/new – create an alert rule
import type { Metadata } from "next";
import { AlertRuleForm } from "@/components/alerts/alert-rule-form";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "New alert rule" };

export default async function NewAlertRulePage() {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = <PageHeader title="New alert rule" description="What to watch for, where, and who to tell." />;
  if (!can(currentOrg.role, "alerts:manage")) {
    return (
      <>
        {header}
        <AccessDenied what="alert rules" />
      </>
    );
  }
  const projects = await listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" });
  return (
    <>
      {header}
      <Card>
        <CardBody>
          <AlertRuleForm projects={projects.items} criterionIds={defaultScorecard().criteria.map((c) => c.id)} />
        </CardBody>
      </Card>
    </>
  );
}
