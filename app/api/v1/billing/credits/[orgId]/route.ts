// GET /api/v1/billing/credits/:orgId – the credit balance and the grants (page, pageSize)
import { creditsQuery } from "@/lib/api/contracts/billing";
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { orgFromPath } from "@/lib/api/path-org";
import { listCredits } from "@/lib/services/billing/list-credits";

export const GET = orgFromPath(
  withOrg<{ orgId: string }>(async ({ req, ctx, params }) => {
    const page = parseQuery(req, creditsQuery);
    const { credits, total } = await listCredits(ctx, params.orgId, page);
    return ok(credits, { meta: { page: page.page, pageSize: page.pageSize, total } });
  }),
);
