// GET /api/v1/analytics/overview – quality, compliance, agreement, trend, sentiment and key phrases for a period
import { overviewQuery } from "@/lib/api/contracts/analyses";
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { getQualityOverview } from "@/lib/services/analyses/quality-overview";

export const GET = withOrg(async ({ req, ctx }) => ok(await getQualityOverview(ctx, parseQuery(req, overviewQuery))));
