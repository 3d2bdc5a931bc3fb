// GET /api/v1/incidents – incidents of every rule (filters: status, rule, project, record, dates)
import { listIncidentsQuery } from "@/lib/api/contracts/alerts";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listIncidents } from "@/lib/services/alerts/list-incidents";

export const GET = withOrg(async ({ req, ctx }) => paged(await listIncidents(ctx, parseQuery(req, listIncidentsQuery))));
