// GET /api/v1/account/usage – records by source, API requests by endpoint, and storage (from, to)
import { accountUsageQuery } from "@/lib/api/contracts/billing";
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { flushApiRequestCounts } from "@/lib/api/request-counter";
import { getAccountUsage } from "@/lib/services/billing/get-account-usage";

export const GET = withOrg(async ({ req, ctx }) => {
  const query = parseQuery(req, accountUsageQuery);
  // Counts wait in memory for a few seconds; this instance's are written first.
  await flushApiRequestCounts(ctx.db);
  return ok(await getAccountUsage(ctx, query));
});
