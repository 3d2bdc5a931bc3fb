import { and, eq } from "drizzle-orm";
import type { ExportRow } from "../../../db/schema";
import { organizations, projects } from "../../../db/schema";
import type { Role } from "../../auth/roles";
import { config } from "../../config";
import { AppError } from "../../errors";
import { csvChunks } from "../../exports/csv";
import type { ExportPart, ExportedRecord } from "../../exports/exported-record";
import { jsonChunks } from "../../exports/json";
import { pdfChunks } from "../../exports/pdf";
import type { ObjectStorage } from "../../storage";
import { getExportOverview } from "./export-overview";
import { readExportBatches, type ExportSelection } from "./read-export-batches";

export type ExportFormat = ExportRow["format"];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

/** Records read per query: 500 rows of headline fields is well under a megabyte. Transcripts make a record far larger. */
export const DEFAULT_BATCH_SIZE = 500;
export const TRANSCRIPT_BATCH_SIZE = 100;

export interface WriteExportOptions extends ExportSelection {
  format: ExportFormat;
  include: readonly ExportPart[];
  /** The requester's role: phone numbers are masked unless it has pii:read. */
  viewerRole: Role;
  storage: ObjectStorage;
  key: string;
  batchSize?: number;
  /** PDF only: tests turn compression off to read the text back. */
  pdfCompress?: boolean;
}

export interface WrittenExport {
  recordCount: number;
  sizeBytes: number;
  contentType: string;
}

async function pdfFilterLabels(selection: ExportSelection): Promise<[string, string][]> {
  const { filter } = selection;
  const labels: [string, string][] = [];
  if (filter.projectId) {
    const [project] = await selection.db
      .select({ name: projects.name })
      .from(projects)
      .where(and(eq(projects.id, filter.projectId), eq(projects.orgId, selection.orgId)));
    labels.push(["Project", project ? project.name : `${filter.projectId} (not found)`]);
  }
  if (filter.status) labels.push(["Status", filter.status]);
  if (filter.type) labels.push(["Type", filter.type]);
  if (filter.agentName) labels.push(["Agent name contains", filter.agentName]);
  if (filter.from) labels.push(["Created from", filter.from.toISOString()]);
  if (filter.to) labels.push(["Created to", filter.to.toISOString()]);
  return labels;
}

async function pdfBody(options: WriteExportOptions, batches: AsyncIterable<ExportedRecord[]>) {
  const overview = await getExportOverview(options);
  const limit = config().EXPORT_PDF_MAX_RECORDS;
  if (overview.records > limit) {
    throw new AppError(
      "UNPROCESSABLE",
      `A PDF export holds at most ${limit} records and these filters match ${overview.records}. Narrow the filters, or export CSV or JSON.`,
    );
  }
  const [org] = await options.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, options.orgId));
  return pdfChunks(batches, {
    generatedAt: new Date(),
    organizationName: org?.name ?? options.orgId,
    filters: await pdfFilterLabels(options),
    include: options.include,
    overview,
    compress: options.pdfCompress,
  });
}

/**
 * Writes one export file to object storage, streaming end to end: records are
 * read in keyset batches, each batch is turned into bytes and handed to the
 * storage's streaming put, and the next batch is read only when the store has
 * taken the last one. Memory stays at about one batch whatever the size.
 * The benchmark in bench/ calls this directly.
 */
export async function writeExport(options: WriteExportOptions): Promise<WrittenExport> {
  const batchSize = options.batchSize ?? (options.include.includes("transcript") ? TRANSCRIPT_BATCH_SIZE : DEFAULT_BATCH_SIZE);
  let recordCount = 0;
  const batches = (async function* counted() {
    for await (const batch of readExportBatches({ ...options, batchSize })) {
      recordCount += batch.length;
      yield batch;
    }
  })();
  const body =
    options.format === "csv"
      ? csvChunks(batches, options.include)
      : options.format === "json"
        ? jsonChunks(batches)
        : await pdfBody(options, batches);
  const contentType = EXPORT_CONTENT_TYPES[options.format];
  const { size } = await options.storage.put(options.key, body, { contentType });
  return { recordCount, sizeBytes: size, contentType };
}
