import { z } from "zod";
import type { ScorecardRow } from "../../../db/schema";
import { scorecardDefinitionSchema } from "../../scoring/scorecard-schema";

export const scorecardDto = z.object({
  id: z.string(),
  projectId: z.string(),
  version: z.number().int(),
  definition: scorecardDefinitionSchema,
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ScorecardDto = z.infer<typeof scorecardDto>;

export function toScorecardDto(row: ScorecardRow): ScorecardDto {
  return {
    id: row.id,
    projectId: row.projectId,
    version: row.version,
    definition: row.definition,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
