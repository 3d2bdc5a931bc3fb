import { and, eq } from "drizzle-orm";
import { records, type RecordRow } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toRecordDto, type RecordDto } from "./record-schemas";

/** The row within the organization; another organization's record is simply not found. */
export async function findRecordRow(ctx: ServiceContext, id: string): Promise<RecordRow> {
  const [row] = await ctx.db
    .select()
    .from(records)
    .where(and(eq(records.id, id), eq(records.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Record");
  return row;
}

export async function getRecord(ctx: ServiceContext, id: string): Promise<RecordDto> {
  assertCan(ctx, "org:read");
  return toRecordDto(await findRecordRow(ctx, id), ctx.actor.role);
}
