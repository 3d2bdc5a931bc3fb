// GET /api/v1/alerts/:id/incidents – the incidents one rule raised
import { listRuleIncidentsQuery } from "@/lib/api/contracts/alerts";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listRuleIncidents } from "@/lib/services/alerts/list-incidents";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  paged(await listRuleIncidents(ctx, params.id, parseQuery(req, listRuleIncidentsQuery))),
);
