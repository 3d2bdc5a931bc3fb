import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { scorecards, type ScorecardRow } from "../../../db/schema";
import { newId } from "../../ids";
import { defaultScorecard } from "../../scoring/default-scorecard";

/**
 * The project's newest scorecard version. Projects made before scorecards
 * existed get the default as version 1 the first time one is needed; two
 * callers racing both end up with the same row.
 */
export async function findCurrentScorecardRow(db: Db, orgId: string, projectId: string): Promise<ScorecardRow> {
  const latest = async () =>
    (
      await db
        .select()
        .from(scorecards)
        .where(and(eq(scorecards.orgId, orgId), eq(scorecards.projectId, projectId)))
        .orderBy(desc(scorecards.version))
        .limit(1)
    )[0];
  const found = await latest();
  if (found) return found;
  await insertDefaultScorecard(db, orgId, projectId, null);
  return (await latest())!;
}

export async function insertDefaultScorecard(db: Db, orgId: string, projectId: string, createdBy: string | null): Promise<void> {
  await db
    .insert(scorecards)
    .values({ id: newId("scorecard"), orgId, projectId, version: 1, definition: defaultScorecard(), createdBy })
    .onConflictDoNothing({ target: [scorecards.projectId, scorecards.version] });
}
