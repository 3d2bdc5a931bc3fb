import { and, eq } from "drizzle-orm";
import { recordExports, type ExportRow } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { ownExportsWhere } from "./export-owner";
import { toExportDto, type ExportDto } from "./export-schemas";

/** The actor's own export; anyone else's, in this organization or another, is not found. */
export async function findExportRow(ctx: ServiceContext, id: string): Promise<ExportRow> {
  const [row] = await ctx.db
    .select()
    .from(recordExports)
    .where(and(eq(recordExports.id, id), ownExportsWhere(ctx)))
    .limit(1);
  if (!row) throw notFound("Export");
  return row;
}

/** Status, size and, once it is written, a fresh download link. */
export async function getExport(ctx: ServiceContext, id: string): Promise<ExportDto> {
  assertCan(ctx, "org:read");
  return toExportDto(await findExportRow(ctx, id));
}
