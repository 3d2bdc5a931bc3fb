import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_STATUSES, type ExportRow } from "../../../db/schema";
import { dateRangeShape } from "../../api/list-query";
import { config } from "../../config";
import { DEFAULT_EXPORT_PARTS, EXPORT_PARTS, type ExportPart } from "../../exports/exported-record";
import { recordFilterShape, type RecordFilter } from "../records/record-filters";
import { signDownloadToken } from "./download-token";

/** The filters of GET /records (not its paging or sorting), parsed by the very same schemas. */
export const exportFiltersInput = z
  .strictObject({ ...recordFilterShape, ...dateRangeShape })
  .refine((f) => !(f.from && f.to) || f.from <= f.to, { message: "must not be after `to`", path: ["from"] });

export const createExportInput = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  filters: exportFiltersInput.optional().describe("As GET /records takes them: projectId, status, type, agentName, from, to"),
  include: z
    .array(z.enum(EXPORT_PARTS))
    .max(EXPORT_PARTS.length * 2)
    .optional()
    .describe(`Parts of each record besides its headline fields; default ${DEFAULT_EXPORT_PARTS.join(", ")}`),
});

/** Filters as stored with the export and shown back: dates as ISO 8601 date-times. */
export function storedFilters(filter: RecordFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** The stored filters back as the records query takes them, through the same schema. */
export function filterOf(row: Pick<ExportRow, "filters">): RecordFilter {
  return exportFiltersInput.parse(row.filters);
}

/** Known parts in their canonical order, each once. */
export function normalizeParts(parts: readonly string[]): ExportPart[] {
  return EXPORT_PARTS.filter((part) => parts.includes(part));
}

export const exportDto = z.object({
  id: z.string(),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES).describe("expired once the file is deleted (or due to be)"),
  filters: z.record(z.string(), z.string()),
  include: z.array(z.enum(EXPORT_PARTS)),
  recordCount: z.number().int().nullable(),
  sizeBytes: z.number().int().nullable(),
  downloadUrl: z.string().nullable().describe("A link that works without credentials until downloadUrlExpiresAt; ask for the export again for a fresh one"),
  downloadUrlExpiresAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable().describe("When the file is deleted"),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type ExportDto = z.infer<typeof exportDto>;

export function downloadPath(id: string): string {
  return `/api/v1/exports/${id}/download`;
}

export function toExportDto(row: ExportRow, now = new Date()): ExportDto {
  // Past expiresAt the file is gone or about to be: say so even before the expiry job has run.
  const expired = row.status === "expired" || (row.status === "completed" && row.expiresAt !== null && row.expiresAt <= now);
  let downloadUrl: string | null = null;
  let downloadUrlExpiresAt: Date | null = null;
  if (row.status === "completed" && !expired && row.expiresAt) {
    const linkEnd = new Date(now.getTime() + config().EXPORT_LINK_TTL_MINUTES * 60_000);
    downloadUrlExpiresAt = linkEnd < row.expiresAt ? linkEnd : row.expiresAt;
    const token = signDownloadToken({ exportId: row.id, orgId: row.orgId, expiresAt: downloadUrlExpiresAt });
    downloadUrl = `${config().appUrl}${downloadPath(row.id)}?token=${token}`;
  }
  return {
    id: row.id,
    format: row.format,
    status: expired ? "expired" : row.status,
    filters: row.filters,
    include: normalizeParts(row.include),
    recordCount: row.recordCount,
    sizeBytes: row.sizeBytes,
    downloadUrl,
    downloadUrlExpiresAt: downloadUrlExpiresAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
