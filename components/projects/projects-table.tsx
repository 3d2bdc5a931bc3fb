import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { ProjectDto } from "@/lib/services/projects/project-schemas";

export function ProjectsTable({ projects }: { projects: ProjectDto[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Name</TH>
          <TH>Language</TH>
          <TH>Analysis</TH>
          <TH>Created</TH>
        </TR>
      </THead>
      <TBody>
        {projects.map((p) => (
          <TR key={p.id} className="hover:bg-slate-50">
            <TD className="max-w-md">
              <Link href={`/projects/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {p.name}
              </Link>
              {p.description && <p className="truncate text-slate-500">{p.description}</p>}
            </TD>
            <TD className="font-mono text-xs">{p.settings.language}</TD>
            <TD>
              <div className="flex flex-wrap gap-1">
                {p.settings.summary.enabled && <Badge>Summary</Badge>}
                {p.settings.sentiment.enabled && <Badge>Sentiment</Badge>}
                {p.settings.redaction.enabled && <Badge tone="brand">Redaction</Badge>}
              </div>
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
