// /projects – the organization's projects, a page at a time, and a form to create one
import type { Metadata } from "next";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { ProjectsTable } from "@/components/projects/projects-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Projects" };

const PAGE_SIZE = 20;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const page = pageFromSearchParam((await searchParams).page);
  const projects = await listProjects(ctx, { page, pageSize: PAGE_SIZE, sort: "createdAt", order: "desc" });
  const canManage = can(currentOrg.role, "projects:manage");

  return (
    <>
      <PageHeader title="Projects" description="Each project groups recordings that share language, analysis and privacy settings." />
      {canManage && (
        <Card className="mb-6" aria-labelledby="create-project-title">
          <CardHeader titleId="create-project-title" title="Create a project" />
          <CardBody>
            <CreateProjectForm />
          </CardBody>
        </Card>
      )}
      <Card aria-labelledby="project-list-title">
        <CardHeader titleId="project-list-title" title="All projects" />
        {projects.items.length > 0 ? (
          <ProjectsTable projects={projects.items} />
        ) : (
          <EmptyState title={projects.total > 0 ? "No projects on this page" : "No projects yet"}>
            {canManage && projects.total === 0 ? "Create your first project above." : null}
          </EmptyState>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={projects.total} basePath="/projects" noun="projects" />
      </Card>
    </>
  );
}
