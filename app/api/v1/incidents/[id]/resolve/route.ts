// POST /api/v1/incidents/:id/resolve – close an incident (idempotent)
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { resolveIncident } from "@/lib/services/alerts/resolve-incident";

export const POST = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await resolveIncident(ctx, params.id)));
