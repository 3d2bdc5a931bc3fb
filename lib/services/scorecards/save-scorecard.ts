import { isDeepStrictEqual } from "node:util";
import { and, eq, max } from "drizzle-orm";
import { scorecards } from "../../../db/schema";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { scorecardDefinitionSchema } from "../../scoring/scorecard-schema";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { findCurrentScorecardRow } from "./current-scorecard";
import { toScorecardDto, type ScorecardDto } from "./scorecard-dto";

/**
 * Saves a scorecard as the project's next version. Earlier versions stay as
 * they were: analyses made with them keep their meaning. New analyses use it
 * from now on; existing ones change only when re-analysed.
 */
export async function saveScorecard(
  ctx: ServiceContext,
  projectId: string,
  raw: unknown,
): Promise<ScorecardDto & { created: boolean }> {
  assertCan(ctx, "projects:manage");
  const project = await findProjectRow(ctx, projectId);
  const definition = parseInput(scorecardDefinitionSchema, raw);
  // Saving what is already current makes no new version: versions mark real changes.
  const current = await findCurrentScorecardRow(ctx.db, ctx.orgId, project.id);
  if (isDeepStrictEqual(current.definition, definition)) return { ...toScorecardDto(current), created: false };
  // Two editors saving at once: the unique (project, version) index makes one retry with the next number.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const row = await ctx.db.transaction(async (tx) => {
        const [current] = await tx
          .select({ version: max(scorecards.version) })
          .from(scorecards)
          .where(and(eq(scorecards.orgId, ctx.orgId), eq(scorecards.projectId, project.id)));
        const version = (current?.version ?? 0) + 1;
        const [saved] = await tx
          .insert(scorecards)
          .values({ id: newId("scorecard"), orgId: ctx.orgId, projectId: project.id, version, definition, createdBy: actorUserId(ctx.actor) })
          .returning();
        await recordAudit(tx, ctx, {
          action: "scorecard.save",
          targetType: "project",
          targetId: project.id,
          changes: { version, criteria: definition.criteria.length },
        });
        return saved!;
      });
      return { ...toScorecardDto(row), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "The scorecard was being saved by someone else at the same moment; save again");
}
