// POST /api/v1/webhooks/:id/deliveries/:deliveryId/resend – send a delivery's event again, as a new delivery
import { created } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { resendWebhookDelivery } from "@/lib/services/webhooks/resend-webhook-delivery";

export const POST = withOrg<{ id: string; deliveryId: string }>(async ({ ctx, params }) =>
  created(await resendWebhookDelivery(ctx, params.id, params.deliveryId)),
);
