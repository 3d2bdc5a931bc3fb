// POST /api/v1/webhooks/:id/test – queue a signed webhook.test event to this endpoint
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { sendTestWebhook } from "@/lib/services/webhooks/send-test-webhook";

export const POST = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await sendTestWebhook(ctx, params.id), { status: 202 }));
