import { formatDateTime } from "@/components/ui/format";
import type { RecordDto } from "@/lib/services/records/record-schemas";
import { formatClock, formatScore } from "./format";

/** The record's facts as a definition list; the phone number is as the DTO gives it (masked for some roles). */
export function RecordDetails({ record, projectName }: { record: RecordDto; projectName: string }) {
  const rows: [string, string][] = [
    ["Project", projectName],
    ["Type", record.type[0]!.toUpperCase() + record.type.slice(1)],
    ["Agent", record.agentName ?? "—"],
    ["Customer phone", record.customerPhone ?? "—"],
    ["Direction", record.direction ? record.direction[0]!.toUpperCase() + record.direction.slice(1) : "—"],
    ["Duration", formatClock(record.durationMs)],
    ["Quality score", formatScore(record.qualityScore)],
    ["Created", formatDateTime(record.createdAt)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 px-5 py-5 sm:grid-cols-4">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{label}</dt>
          <dd className="mt-0.5 truncate text-sm text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
