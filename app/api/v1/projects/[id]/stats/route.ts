// GET /api/v1/projects/:id/stats – record totals and averages for a period
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { dateRangeQuerySchema } from "@/lib/api/list-query";
import { parseQuery } from "@/lib/api/parse";
import { getProjectStats } from "@/lib/services/projects/get-project-stats";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  ok(await getProjectStats(ctx, params.id, parseQuery(req, dateRangeQuerySchema))),
);
