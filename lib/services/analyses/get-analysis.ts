import { and, eq } from "drizzle-orm";
import { analyses, type AnalysisRow } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toAnalysisDto, type AnalysisDto } from "./analysis-dto";

export async function findAnalysisRow(ctx: ServiceContext, id: string): Promise<AnalysisRow> {
  const [row] = await ctx.db
    .select()
    .from(analyses)
    .where(and(eq(analyses.id, id), eq(analyses.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Analysis");
  return row;
}

export async function getAnalysis(ctx: ServiceContext, id: string): Promise<AnalysisDto> {
  assertCan(ctx, "org:read");
  return toAnalysisDto(await findAnalysisRow(ctx, id));
}
