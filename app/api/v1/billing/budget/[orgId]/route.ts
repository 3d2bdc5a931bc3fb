// PATCH /api/v1/billing/budget/:orgId – set or remove the monthly budget (owners)
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { orgFromPath } from "@/lib/api/path-org";
import { updateBudget } from "@/lib/services/billing/update-budget";

export const PATCH = orgFromPath(
  withOrg<{ orgId: string }>(async ({ req, ctx, params }) => ok(await updateBudget(ctx, params.orgId, await readJson(req)))),
);
