// POST /api/v1/analyses/:id/re-analyze – score the record again as a new analysis (asynchronous)
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { reanalyzeRecord } from "@/lib/services/analyses/reanalyze-record";

export const POST = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  ok(await reanalyzeRecord(ctx, params.id, await readJson(req, { optional: true })), { status: 202 }),
);
