// POST /api/v1/incidents/:id/acknowledge – someone is looking at it (idempotent)
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { acknowledgeIncident } from "@/lib/services/alerts/acknowledge-incident";

export const POST = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await acknowledgeIncident(ctx, params.id)));
