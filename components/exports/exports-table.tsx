import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ExportDto } from "@/lib/services/exports/export-schemas";
import { DeleteExportButton } from "./delete-export-button";
import { PART_LABELS } from "./export-parts";
import { describeRecordFilters } from "./filter-summary";

const STATUS: Record<ExportDto["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "Queued", tone: "neutral" },
  processing: { label: "Writing", tone: "brand" },
  completed: { label: "Ready", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  expired: { label: "Expired", tone: "neutral" },
};

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The link's path and token only: the page is served from the same origin, whatever APP_URL says. */
function sameOriginHref(downloadUrl: string): string {
  const url = new URL(downloadUrl);
  return `${url.pathname}${url.search}`;
}

export function ExportsTable({ exports, projectNames }: { exports: ExportDto[]; projectNames: ReadonlyMap<string, string> }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Requested</TH>
          <TH>Format</TH>
          <TH>Records</TH>
          <TH>Status</TH>
          <TH>Size</TH>
          <TH>Available until</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {exports.map((e) => {
          const label = `${e.format.toUpperCase()} export of ${formatDateTime(e.createdAt)}`;
          return (
            <TR key={e.id} data-export-id={e.id} data-export-status={e.status}>
              <TD className="whitespace-nowrap">{formatDateTime(e.createdAt)}</TD>
              <TD className="font-medium text-slate-900 uppercase">{e.format}</TD>
              <TD>
                <div className="text-slate-800">{describeRecordFilters(e.filters, projectNames)}</div>
                <div className="text-xs text-slate-500">
                  {e.recordCount === null ? "" : `${e.recordCount} record${e.recordCount === 1 ? "" : "s"} · `}
                  {["Headline", ...e.include.map((part) => PART_LABELS[part].label)].join(", ")}
                </div>
                {e.error && <p className="mt-1 max-w-md text-xs text-red-700">{e.error}</p>}
              </TD>
              <TD>
                <Badge tone={STATUS[e.status].tone}>{STATUS[e.status].label}</Badge>
              </TD>
              <TD className="whitespace-nowrap">{formatBytes(e.sizeBytes)}</TD>
              <TD className="whitespace-nowrap">{e.expiresAt && e.status === "completed" ? formatDateTime(e.expiresAt) : "—"}</TD>
              <TD>
                <div className="flex items-center justify-end gap-2">
                  {e.downloadUrl && (
                    <a href={sameOriginHref(e.downloadUrl)} download className="text-sm font-medium text-brand-700 hover:underline" aria-label={`Download ${label}`}>
                      Download
                    </a>
                  )}
                  <DeleteExportButton id={e.id} label={label} />
                </div>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
