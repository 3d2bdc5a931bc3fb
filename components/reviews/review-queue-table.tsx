import Link from "next/link";
import { ComplianceBadge } from "@/components/analysis/score-overview";
import { formatScore } from "@/components/records/format";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { QueueItem } from "@/lib/services/reviews/review-queue";

/** What people call a queued record: its title, else its kind and id (the queue carries no file name). */
export function queueItemName(item: Pick<QueueItem, "recordTitle" | "recordType" | "recordId">): string {
  return item.recordTitle ?? `Untitled ${item.recordType} ${item.recordId}`;
}

/** Records waiting for a reviewer, in the queue's order: failed compliance first, then the lowest scores. */
export function ReviewQueueTable({ items, projectNames }: { items: QueueItem[]; projectNames: ReadonlyMap<string, string> }) {
  return (
    <Table aria-label="Review queue">
      <THead>
        <TR>
          <TH>Record</TH>
          <TH>Project</TH>
          <TH>Agent</TH>
          <TH className="text-right">Score</TH>
          <TH>Compliance</TH>
          <TH>Analysed</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {items.map((item) => {
          const name = queueItemName(item);
          const analysedAt = item.completedAt ?? item.createdAt;
          return (
            <TR key={item.id} className="hover:bg-slate-50" data-analysis-id={item.id} data-record-id={item.recordId}>
              <TD className="max-w-xs">
                <Link href={`/reviews/${item.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700">
                  {name}
                </Link>
                <span className="text-xs text-slate-500 capitalize">{item.recordType}</span>
              </TD>
              <TD className="max-w-40 truncate">{projectNames.get(item.projectId) ?? <span className="font-mono text-xs">{item.projectId}</span>}</TD>
              <TD className="max-w-40 truncate">{item.agentName ?? <span className="text-slate-400">—</span>}</TD>
              <TD className="text-right font-medium tabular-nums">{formatScore(item.qualityScore)}</TD>
              <TD>
                <ComplianceBadge status={item.complianceStatus} short />
              </TD>
              <TD className="whitespace-nowrap text-slate-500">
                <time dateTime={analysedAt}>{formatDateTime(analysedAt)}</time>
              </TD>
              <TD className="text-right whitespace-nowrap">
                <Link href={`/records/${item.recordId}?analysis=${item.id}`} className="text-sm text-slate-600 hover:text-slate-900" aria-label={`Open the record ${name}`}>
                  Record
                </Link>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
