// GET /api/v1/billing/summary/:orgId – the current period's usage and cost, the budget and the credits
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { orgFromPath } from "@/lib/api/path-org";
import { getBillingSummary } from "@/lib/services/billing/get-billing-summary";

export const GET = orgFromPath(withOrg<{ orgId: string }>(async ({ ctx, params }) => ok(await getBillingSummary(ctx, params.orgId))));
