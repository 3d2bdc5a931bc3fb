// POST /api/v1/projects/:id/scorecard/preview – score one record with an unsaved scorecard
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { previewScorecard } from "@/lib/services/scorecards/preview-scorecard";

export const POST = withOrg<{ id: string }>(async ({ req, ctx, params }) => ok(await previewScorecard(ctx, params.id, await readJson(req))));
