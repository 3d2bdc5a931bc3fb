import { z } from "zod";
import {
  createdWebhookEndpointDto,
  createWebhookEndpointInput,
  listWebhookDeliveriesQuery,
  rotatedWebhookSecretDto,
  updateWebhookEndpointInput,
  webhookDeliveryDto,
  webhookEndpointDto,
} from "../../services/webhooks/webhook-schemas";
import { paginationQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

const SIGNING =
  "Every delivery is a JSON POST `{id, type, created, organizationId, data}` with `X-Signature: sha256=<hex HMAC-SHA256 of the raw body with the endpoint's secret>`, " +
  "`X-Signature-Timestamp: <unix seconds>` and `X-Signature-V2: sha256=<HMAC of \"<timestamp>.<body>\">` (check it and refuse old timestamps to stop replays), " +
  "plus `X-Callscope-Event` and `X-Callscope-Delivery`. Answer 2xx within WEBHOOK_TIMEOUT_SECONDS (10 s); anything else is retried with exponential backoff. See docs/webhooks.md.";

export const webhookOperations = defineOperations([
  {
    method: "get",
    path: "/webhooks",
    tag: "Webhooks",
    summary: "List webhook endpoints (never their secrets)",
    query: paginationQuerySchema,
    response: webhookEndpointDto,
    paginated: true,
    errors: [403],
  },
  {
    method: "post",
    path: "/webhooks",
    tag: "Webhooks",
    summary: "Add a webhook endpoint",
    description:
      `The signing \`secret\` is in this response only. The URL must be http(s) without credentials, and neither name nor resolve to a private, loopback or link-local address unless the server sets WEBHOOK_ALLOW_PRIVATE_URLS. ${SIGNING}`,
    body: createWebhookEndpointInput,
    response: createdWebhookEndpointDto,
    successStatus: 201,
    errors: [403],
  },
  {
    method: "get",
    path: "/webhooks/{id}",
    tag: "Webhooks",
    summary: "Get a webhook endpoint",
    response: webhookEndpointDto,
    errors: [403, 404],
  },
  {
    method: "patch",
    path: "/webhooks/{id}",
    tag: "Webhooks",
    summary: "Change a webhook endpoint's URL, description, events, or enable or disable it",
    description: "Deliveries still waiting go to the new URL. Those of a disabled endpoint are marked failed when their turn comes, and can be resent.",
    body: updateWebhookEndpointInput,
    response: webhookEndpointDto,
    errors: [403, 404],
  },
  {
    method: "delete",
    path: "/webhooks/{id}",
    tag: "Webhooks",
    summary: "Delete a webhook endpoint and its delivery log",
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/webhooks/{id}/secret",
    tag: "Webhooks",
    summary: "Replace an endpoint's signing secret (the old one stops at once)",
    description: "The new secret is in this response only; every attempt from now on is signed with it.",
    response: rotatedWebhookSecretDto,
    successStatus: 201,
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/webhooks/{id}/test",
    tag: "Webhooks",
    summary: "Send a test event to an endpoint",
    description: "Queues a signed `webhook.test` event to this endpoint only; follow it in the delivery log.",
    response: webhookDeliveryDto,
    successStatus: 202,
    errors: [403, 404, 409],
  },
  {
    method: "get",
    path: "/webhooks/{id}/deliveries",
    tag: "Webhooks",
    summary: "An endpoint's deliveries, newest first",
    description: "Each delivery with its status (pending, succeeded, failed), attempts, the receiver's last status code, error and answer, and when it is retried next.",
    query: listWebhookDeliveriesQuery,
    response: webhookDeliveryDto,
    paginated: true,
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/webhooks/{id}/deliveries/{deliveryId}/resend",
    tag: "Webhooks",
    summary: "Send a delivery's event again",
    description: "A new delivery with the same body and event id (receivers de-duplicate on `id`), signed with the current secret. 409 when the endpoint is disabled.",
    response: webhookDeliveryDto,
    successStatus: 201,
    errors: [403, 404, 409],
  },
]);
