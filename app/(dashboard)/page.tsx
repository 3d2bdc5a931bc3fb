// / – overview of the current organization: counts and how to make a first API call
import type { Metadata } from "next";
import { GetStartedCard } from "@/components/overview/get-started-card";
import { StatCard } from "@/components/overview/stat-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listMembers } from "@/lib/services/members/list-members";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const { ctx, currentOrg, user } = await getDashboardContext();
  // Page size 1: only the totals are needed here.
  const [projects, members] = await Promise.all([
    listProjects(ctx, { page: 1, pageSize: 1, sort: "createdAt", order: "desc" }),
    listMembers(ctx, { page: 1, pageSize: 1, sort: "joinedAt", order: "desc" }),
  ]);

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
      <GetStartedCard appUrl={config().appUrl} canManageKeys={can(currentOrg.role, "apiKeys:manage")} />
    </>
  );
}
