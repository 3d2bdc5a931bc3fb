import { sql } from "drizzle-orm";
import { records } from "../../../db/schema";
import type { ExportOverview } from "../../exports/exported-record";
import { exportWhere, type ExportSelection } from "./read-export-batches";

/** Totals of the records an export selects, in one aggregate query: the PDF's title page and its size check. */
export async function getExportOverview(selection: ExportSelection): Promise<ExportOverview> {
  const [row] = await selection.db
    .select({
      records: sql<number>`count(*)`.mapWith(Number),
      analysed: sql<number>`count(${records.qualityScore})`.mapWith(Number),
      average: sql<string | null>`avg(${records.qualityScore})`,
      passed: sql<number>`count(*) filter (where ${records.complianceStatus} = 'passed')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${records.complianceStatus} = 'failed')`.mapWith(Number),
    })
    .from(records)
    .where(exportWhere(selection));
  return {
    records: row?.records ?? 0,
    analysed: row?.analysed ?? 0,
    averageQualityScore: row?.average === null || row?.average === undefined ? null : Number(row.average),
    compliancePassed: row?.passed ?? 0,
    complianceFailed: row?.failed ?? 0,
  };
}
