import { recordExports } from "../../../db/schema";
import { sendJobEvents, wakeJobEngine } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { config } from "../../config";
import { validationError } from "../../errors";
import { DEFAULT_EXPORT_PARTS } from "../../exports/exported-record";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { getExportOverview } from "./export-overview";
import { exportOwnerOf } from "./export-owner";
import { createExportInput, normalizeParts, storedFilters, toExportDto, type ExportDto } from "./export-schemas";
import { findExportRow } from "./get-export";

/**
 * Asks for an export of the records matching the filters. Anyone who can read
 * records can export them: the file holds what the requester could list,
 * masked as their role sees it. The export row, its audit entry and its job
 * are written in one transaction, so an export is never left without its job.
 * Answers with the export, pending.
 */
export async function createExport(ctx: ServiceContext, raw: unknown): Promise<ExportDto> {
  assertCan(ctx, "org:read");
  const owner = exportOwnerOf(ctx.actor);
  const input = parseInput(createExportInput, raw);
  const filter = input.filters ?? {};
  const include = normalizeParts(input.include ?? DEFAULT_EXPORT_PARTS);
  const createdAt = new Date();

  if (input.format === "pdf") {
    // Refused now rather than failed later: a report of thousands of pages helps nobody.
    const limit = config().EXPORT_PDF_MAX_RECORDS;
    const { records } = await getExportOverview({ db: ctx.db, orgId: ctx.orgId, filter, snapshotAt: createdAt });
    if (records > limit) {
      throw validationError(
        { format: [`a PDF holds at most ${limit} records and these filters match ${records}; narrow the filters or choose csv or json`] },
        "Too many records for a PDF",
      );
    }
  }

  const id = newId("export");
  await ctx.db.transaction(async (tx) => {
    await tx.insert(recordExports).values({
      id,
      orgId: ctx.orgId,
      ...owner,
      requesterRole: ctx.actor.role,
      format: input.format,
      filters: storedFilters(filter),
      include,
      status: "pending",
      createdAt,
      updatedAt: createdAt,
    });
    await recordAudit(tx, ctx, {
      action: "export.create",
      targetType: "export",
      targetId: id,
      changes: { format: input.format, filters: storedFilters(filter), include },
    });
    await sendJobEvents([{ id: `export-requested:${id}`, name: EVENTS.exportRequested.name, data: { orgId: ctx.orgId, exportId: id } }], {
      db: tx,
    });
  });
  await wakeJobEngine();
  return toExportDto(await findExportRow(ctx, id));
}
