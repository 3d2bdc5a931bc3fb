// GET /api/v1/account/usage – records by source, API requests by endpoint, and storage (from, to)
import { accountUsageQuery } from "@/lib/api/contracts/billing";
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { getAccountUsage } from "@/lib/services/billing/get-account-usage";

export const GET = withOrg(async ({ req, ctx }) => ok(await getAccountUsage(ctx, parseQuery(req, accountUsageQuery))));
