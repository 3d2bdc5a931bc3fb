// GET /api/v1/billing/usage/:orgId – metered usage by day, project and kind (from, to)
import { billingUsageQuery } from "@/lib/api/contracts/billing";
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { orgFromPath } from "@/lib/api/path-org";
import { getBillingUsage } from "@/lib/services/billing/get-billing-usage";

export const GET = orgFromPath(
  withOrg<{ orgId: string }>(async ({ req, ctx, params }) => ok(await getBillingUsage(ctx, params.orgId, parseQuery(req, billingUsageQuery)))),
);
