// GET /api/v1/incidents/:id – one incident
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { getIncident } from "@/lib/services/alerts/get-incident";

export const GET = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await getIncident(ctx, params.id)));
