// GET /api/v1/analyses – list analyses (filters: project, record, compliance, score range, dates)
import { listAnalysesQuery } from "@/lib/api/contracts/analyses";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listAnalyses } from "@/lib/services/analyses/list-analyses";

export const GET = withOrg(async ({ req, ctx }) => paged(await listAnalyses(ctx, parseQuery(req, listAnalysesQuery))));
