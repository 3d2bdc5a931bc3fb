// /projects/[id] – a project's name, description and analysis settings; deleting it (its scorecard is the next tab)
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteProjectButton } from "@/components/projects/delete-project-button";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { getProject } from "@/lib/services/projects/get-project";
import type { ProjectDto } from "@/lib/services/projects/project-schemas";

export const metadata: Metadata = { title: "Project settings" };

async function loadProject(id: string): Promise<{ project: ProjectDto; canManage: boolean }> {
  const { ctx, currentOrg } = await getDashboardContext();
  if (!looksLikeId("project", id)) notFound();
  try {
    return { project: await getProject(ctx, id), canManage: can(currentOrg.role, "projects:manage") };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { project, canManage } = await loadProject((await params).id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/projects" className="text-slate-500 hover:text-slate-700">
          ← Projects
        </Link>
      </nav>
      <PageHeader title={project.name} description={<span className="font-mono text-xs">{project.id}</span>} />
      <ProjectTabs projectId={project.id} current="settings" />
      <Card className="mb-6" aria-labelledby="settings-title">
        <CardHeader
          titleId="settings-title"
          title="Settings"
          description={canManage ? undefined : "Your role can view these settings but not change them."}
        />
        <ProjectSettingsForm project={project} readOnly={!canManage} />
      </Card>
      {canManage && (
        <Card danger aria-labelledby="danger-title">
          <CardHeader titleId="danger-title" title="Delete project" description="Remove this project and its settings permanently." />
          <CardBody>
            <DeleteProjectButton id={project.id} name={project.name} />
          </CardBody>
        </Card>
      )}
    </>
  );
}
