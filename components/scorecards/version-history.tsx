import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { ScorecardDto } from "@/lib/services/scorecards/scorecard-dto";

interface VersionHistoryProps {
  projectId: string;
  versions: readonly ScorecardDto[];
  currentVersion: number;
  /** The version shown above, when it is not the current one. */
  viewingVersion?: number;
  /** User id → display name. */
  authorName: (createdBy: string | null) => string;
}

/** Every saved version, newest first, each one open to read. */
export function VersionHistory({ projectId, versions, currentVersion, viewingVersion, authorName }: VersionHistoryProps) {
  const base = `/projects/${projectId}/scorecard`;
  return (
    <Table aria-label="Scorecard versions">
      <THead>
        <TR>
          <TH>Version</TH>
          <TH>Name</TH>
          <TH>Criteria</TH>
          <TH>Saved by</TH>
          <TH>Saved</TH>
          <TH>
            <span className="sr-only">Open</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {versions.map((v) => {
          const isCurrent = v.version === currentVersion;
          const isViewed = viewingVersion === undefined ? isCurrent : v.version === viewingVersion;
          return (
            <TR key={v.id} aria-current={isViewed ? "true" : undefined} className={isViewed ? "bg-brand-50/50" : undefined}>
              <TD className="whitespace-nowrap font-medium text-slate-900">
                <span className="mr-2 tabular-nums">{v.version}</span>
                {isCurrent && <Badge tone="brand">Current</Badge>}
              </TD>
              <TD className="max-w-xs truncate">{v.definition.name}</TD>
              <TD className="tabular-nums">{v.definition.criteria.length}</TD>
              <TD>{authorName(v.createdBy)}</TD>
              <TD className="whitespace-nowrap text-slate-500">
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
              </TD>
              <TD className="text-right whitespace-nowrap">
                {isViewed ? (
                  <span className="text-sm text-slate-500">Shown above</span>
                ) : (
                  <Link
                    href={isCurrent ? base : `${base}?version=${v.version}`}
                    className="text-sm font-medium text-brand-700 hover:underline"
                    aria-label={isCurrent ? `Open the current version, ${v.version}` : `View version ${v.version}`}
                  >
                    {isCurrent ? "Open current" : "View"}
                  </Link>
                )}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
