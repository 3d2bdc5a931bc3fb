// GET|PATCH|DELETE /api/v1/webhooks/:id – read, change (URL, events, enabled) or delete one webhook endpoint
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { deleteWebhookEndpoint } from "@/lib/services/webhooks/delete-webhook-endpoint";
import { getWebhookEndpoint } from "@/lib/services/webhooks/get-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/services/webhooks/update-webhook-endpoint";

type Params = { id: string };

export const GET = withOrg<Params>(async ({ ctx, params }) => ok(await getWebhookEndpoint(ctx, params.id)));

export const PATCH = withOrg<Params>(async ({ req, ctx, params }) => ok(await updateWebhookEndpoint(ctx, params.id, await readJson(req))));

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteWebhookEndpoint(ctx, params.id)));
