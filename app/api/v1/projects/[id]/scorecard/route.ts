// GET /api/v1/projects/:id/scorecard – the current scorecard (or ?version=) · PUT – save a new version
import { scorecardQuery } from "@/lib/api/contracts/analyses";
import { created, ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { getScorecard } from "@/lib/services/scorecards/get-scorecard";
import { saveScorecard } from "@/lib/services/scorecards/save-scorecard";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  ok(await getScorecard(ctx, params.id, parseQuery(req, scorecardQuery).version)),
);

export const PUT = withOrg<{ id: string }>(async ({ req, ctx, params }) => {
  const { created: isNew, ...scorecard } = await saveScorecard(ctx, params.id, await readJson(req));
  return isNew ? created(scorecard) : ok(scorecard);
});
