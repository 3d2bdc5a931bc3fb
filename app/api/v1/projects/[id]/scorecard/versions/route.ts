// GET /api/v1/projects/:id/scorecard/versions – every saved scorecard version, newest first
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { paginationQuerySchema } from "@/lib/api/list-query";
import { parseQuery } from "@/lib/api/parse";
import { listScorecardVersions } from "@/lib/services/scorecards/list-scorecard-versions";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  paged(await listScorecardVersions(ctx, params.id, parseQuery(req, paginationQuerySchema))),
);
