import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses, records, type ScorecardRow } from "../../../db/schema";
import { newId } from "../../ids";
import { findCurrentScorecardRow } from "../scorecards/current-scorecard";

/**
 * A pending analysis of a record against a scorecard version (the project's
 * current one unless given). Null when the record is gone.
 */
export async function createPendingAnalysis(
  db: Db,
  input: { orgId: string; recordId: string; scorecard?: ScorecardRow; requestedBy?: string | null },
): Promise<string | null> {
  const [record] = await db
    .select({ id: records.id, projectId: records.projectId })
    .from(records)
    .where(and(eq(records.id, input.recordId), eq(records.orgId, input.orgId)))
    .limit(1);
  if (!record) return null;
  const scorecard = input.scorecard ?? (await findCurrentScorecardRow(db, input.orgId, record.projectId));
  const id = newId("analysis");
  await db.insert(analyses).values({
    id,
    orgId: input.orgId,
    recordId: record.id,
    projectId: record.projectId,
    scorecardId: scorecard.id,
    scorecardVersion: scorecard.version,
    status: "pending",
    requestedBy: input.requestedBy ?? null,
  });
  return id;
}
