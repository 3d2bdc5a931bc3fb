// GET /api/v1/webhooks – list webhook endpoints · POST /api/v1/webhooks – add one (its signing secret is shown once)
import { created, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { paginationQuerySchema } from "@/lib/api/list-query";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createWebhookEndpoint } from "@/lib/services/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/services/webhooks/list-webhook-endpoints";

export const GET = withOrg(async ({ req, ctx }) => paged(await listWebhookEndpoints(ctx, parseQuery(req, paginationQuerySchema))));

export const POST = withOrg(async ({ req, ctx }) => created(await createWebhookEndpoint(ctx, await readJson(req))));
