import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { IncidentDto } from "@/lib/services/alerts/incident-schemas";
import { IncidentActions } from "./incident-actions";
import { IncidentStatusBadge } from "./incident-status-badge";

export function IncidentsTable({ incidents, canManage }: { incidents: IncidentDto[]; canManage: boolean }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Raised</TH>
          <TH>Incident</TH>
          <TH>Record</TH>
          <TH>Status</TH>
          {canManage && (
            <TH>
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {incidents.map((incident) => {
          const record = incident.recordTitle ?? incident.recordId;
          return (
            <TR key={incident.id} data-incident-id={incident.id}>
              <TD className="whitespace-nowrap text-slate-500">
                <time dateTime={incident.createdAt}>{formatDateTime(incident.createdAt)}</time>
              </TD>
              <TD className="max-w-md">
                {incident.ruleId ? (
                  <Link href={`/alerts/${incident.ruleId}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {incident.ruleName}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">
                    {incident.ruleName} <span className="font-normal text-slate-500">(deleted rule)</span>
                  </span>
                )}
                <p className="text-slate-600">{incident.message}</p>
                {incident.matchedRecordIds.length > 1 && (
                  <p className="text-xs text-slate-500">
                    Counted:{" "}
                    {incident.matchedRecordIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ", "}
                        <Link href={`/records/${id}`} className="hover:text-brand-700">
                          record {i + 1}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </TD>
              <TD className="max-w-xs">
                <Link href={`/records/${incident.recordId}`} className="text-brand-700 hover:underline">
                  {record}
                </Link>
                {incident.agentName && <p className="text-slate-500">{incident.agentName}</p>}
              </TD>
              <TD>
                <IncidentStatusBadge status={incident.status} />
              </TD>
              {canManage && (
                <TD>
                  <IncidentActions id={incident.id} status={incident.status} label={`${incident.ruleName} on ${record}`} />
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
