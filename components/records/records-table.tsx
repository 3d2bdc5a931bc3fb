import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { RecordDto } from "@/lib/services/records/record-schemas";
import { formatClock, formatScore } from "./format";
import { LiveStatus } from "./live-status";
import { recordName } from "./record-name";
import type { RecordFilters } from "./records-query";
import { SortHeader } from "./sort-header";

interface RecordsTableProps {
  records: RecordDto[];
  projectNames: Map<string, string>;
  filters: RecordFilters;
}

export function RecordsTable({ records, projectNames, filters }: RecordsTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Record</TH>
          <TH>Project</TH>
          <TH>Type</TH>
          <TH>Agent</TH>
          <SortHeader filters={filters} field="duration" label="Duration" className="text-right" />
          <TH>Status</TH>
          <TH className="text-right">Quality</TH>
          <SortHeader filters={filters} field="createdAt" label="Created" />
        </TR>
      </THead>
      <TBody>
        {records.map((r) => (
          <TR key={r.id} className="hover:bg-slate-50" data-record-id={r.id}>
            <TD className="max-w-xs">
              <Link href={`/records/${r.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700">
                {recordName(r)}
              </Link>
            </TD>
            <TD className="max-w-40 truncate">{projectNames.get(r.projectId) ?? <span className="font-mono text-xs">{r.projectId}</span>}</TD>
            <TD className="capitalize">{r.type}</TD>
            <TD className="max-w-40 truncate">{r.agentName ?? <span className="text-slate-400">—</span>}</TD>
            <TD className="text-right font-mono text-xs tabular-nums">{formatClock(r.durationMs)}</TD>
            <TD>
              <LiveStatus record={{ id: r.id, status: r.status, error: r.error }} />
            </TD>
            <TD className="text-right tabular-nums">{formatScore(r.qualityScore)}</TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
