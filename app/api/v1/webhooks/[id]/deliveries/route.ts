// GET /api/v1/webhooks/:id/deliveries – the endpoint's delivery log (status, response code, attempts, times)
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listWebhookDeliveries } from "@/lib/services/webhooks/list-webhook-deliveries";
import { listWebhookDeliveriesQuery } from "@/lib/services/webhooks/webhook-schemas";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) =>
  paged(await listWebhookDeliveries(ctx, params.id, parseQuery(req, listWebhookDeliveriesQuery))),
);
