// /records/upload – send one or more call recordings to a project, each with its own progress and status
import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/records/upload-form";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Upload recordings" };

export default async function UploadPage() {
  const { ctx, currentOrg } = await getDashboardContext();
  if (!can(currentOrg.role, "records:write")) return <AccessDenied what="recordings" />;
  const projects = await listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/records" className="text-slate-500 hover:text-slate-700">
          ← Records
        </Link>
      </nav>
      <PageHeader title="Upload recordings" description="Each file becomes a record, transcribed and analysed with its project's settings." />
      {projects.items.length > 0 ? (
        <UploadForm projects={projects.items.map((p) => ({ id: p.id, name: p.name }))} />
      ) : (
        <Card>
          <EmptyState title="No projects yet">
            Recordings belong to a project.{" "}
            <Link href="/projects" className="font-medium text-brand-700 hover:text-brand-800">
              Create one first
            </Link>
            .
          </EmptyState>
        </Card>
      )}
    </>
  );
}
