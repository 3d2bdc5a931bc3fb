// POST /api/v1/webhooks/:id/secret – replace the endpoint's signing secret; the new one is shown once
import { created } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { rotateWebhookSecret } from "@/lib/services/webhooks/rotate-webhook-secret";

export const POST = withOrg<{ id: string }>(async ({ ctx, params }) => created(await rotateWebhookSecret(ctx, params.id)));
