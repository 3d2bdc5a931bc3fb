import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { records } from "../../../db/schema";

/** The record an organization already has for a sender's id: the same call delivered twice is one record. */
export async function findRecordIdByExternalId(db: Db, orgId: string, externalId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: records.id })
    .from(records)
    .where(and(eq(records.orgId, orgId), eq(records.externalId, externalId)))
    .limit(1);
  return row?.id;
}
