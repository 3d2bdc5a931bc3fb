// GET /api/v1/analyses/:id – an analysis with every criterion, its evidence, summary and sentiment
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { getAnalysis } from "@/lib/services/analyses/get-analysis";

export const GET = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await getAnalysis(ctx, params.id)));
