import { and, eq } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import type { Db } from "../../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../../db/schema";
import { config } from "../../config";
import { SealedSecretError } from "../../crypto/sealed-secrets";
import { DownloadError } from "../../net/download-error";
import { postSafely } from "../../net/safe-post";
import { WEBHOOK_DELIVERY_ATTEMPTS, webhookRetryDelayMs } from "./event-types";
import { webhookSignatureHeaders } from "./sign-webhook";
import { openWebhookSecret } from "./webhook-secret";
import { allowPrivateWebhookUrls, WEBHOOK_PRIVATE_HINT } from "./webhook-url";

export const WEBHOOK_USER_AGENT = "Callscope-Webhooks/1.0";

/** Problems a retry cannot fix: the address is refused, or the secret cannot be opened. */
const PERMANENT_DOWNLOAD_ERRORS = new Set(["BAD_URL", "PRIVATE_ADDRESS"]);

type Attempt = { ok: true; code: number; body: string; durationMs: number } | { ok: false; code: number | null; body: string | null; durationMs: number; error: string; permanent: boolean };

export type DeliveryOutcome = { outcome: "succeeded"; code: number } | { outcome: "skipped"; reason: string };

/**
 * One attempt at one delivery, run by the deliver-webhook job: sign the
 * stored body with the endpoint's current secret, POST it (pinned to checked
 * addresses, no redirects, WEBHOOK_TIMEOUT_SECONDS), and log the attempt on
 * the delivery. A 2xx succeeds. Otherwise the attempt is recorded and this
 * throws: RetryAfterError with the next attempt's time while attempts remain
 * (both job engines honour it), NonRetriableError once they are spent or a
 * retry cannot help, after marking the delivery failed.
 */
export async function attemptWebhookDelivery(db: Db, ref: { orgId: string; deliveryId: string }): Promise<DeliveryOutcome> {
  const [found] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.id, ref.deliveryId), eq(webhookDeliveries.orgId, ref.orgId)))
    .limit(1);
  // Deleted with its endpoint, or already finished by an earlier run.
  if (!found) return { outcome: "skipped", reason: "gone" };
  const { delivery, endpoint } = found;
  if (delivery.status !== "pending") return { outcome: "skipped", reason: delivery.status };
  if (!endpoint.enabled) {
    await db
      .update(webhookDeliveries)
      .set({ status: "failed", lastError: "The endpoint was disabled before this delivery was sent; resend it after enabling the endpoint.", nextAttemptAt: null, updatedAt: new Date() })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));
    return { outcome: "skipped", reason: "disabled" };
  }

  const attempt = await post(endpoint, delivery);
  const attempts = delivery.attempts + 1;
  const now = new Date();
  const final = !attempt.ok && (attempt.permanent || attempts >= WEBHOOK_DELIVERY_ATTEMPTS);
  const nextAttemptAt = attempt.ok || final ? null : new Date(now.getTime() + webhookRetryDelayMs(attempts, config().WEBHOOK_RETRY_BASE_SECONDS));
  await db
    .update(webhookDeliveries)
    .set({
      status: attempt.ok ? "succeeded" : final ? "failed" : "pending",
      attempts,
      lastResponseCode: attempt.code,
      lastResponseBody: attempt.body,
      lastError: attempt.ok ? null : attempt.error,
      durationMs: attempt.durationMs,
      lastAttemptAt: now,
      nextAttemptAt,
      deliveredAt: attempt.ok ? now : null,
      updatedAt: now,
    })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));

  if (attempt.ok) return { outcome: "succeeded", code: attempt.code };
  const message = `Attempt ${attempts} of ${WEBHOOK_DELIVERY_ATTEMPTS}: ${attempt.error}`;
  if (final) throw new NonRetriableError(message);
  throw new RetryAfterError(message, nextAttemptAt!);
}

async function post(
  endpoint: typeof webhookEndpoints.$inferSelect,
  delivery: typeof webhookDeliveries.$inferSelect,
): Promise<Attempt> {
  const started = performance.now();
  const failed = (error: string, permanent: boolean): Attempt => ({
    ok: false,
    code: null,
    body: null,
    durationMs: Math.round(performance.now() - started),
    error,
    permanent,
  });
  let secret: string;
  try {
    secret = openWebhookSecret(endpoint);
  } catch (error) {
    if (error instanceof SealedSecretError) return failed(`${error.message} (rotate the endpoint's secret)`, true);
    throw error;
  }
  const headers = {
    "content-type": "application/json",
    "user-agent": WEBHOOK_USER_AGENT,
    "x-callscope-event": delivery.eventType,
    "x-callscope-delivery": delivery.id,
    ...webhookSignatureHeaders(secret, delivery.payload, Math.floor(Date.now() / 1000)),
  };
  try {
    const answer = await postSafely(endpoint.url, {
      body: delivery.payload,
      headers,
      timeoutMs: config().WEBHOOK_TIMEOUT_SECONDS * 1000,
      allowPrivate: allowPrivateWebhookUrls(),
      privateHint: WEBHOOK_PRIVATE_HINT,
    });
    if (answer.status >= 200 && answer.status < 300) return { ok: true, code: answer.status, body: answer.body, durationMs: answer.durationMs };
    const error =
      answer.status >= 300 && answer.status < 400
        ? `The receiver answered HTTP ${answer.status}; redirects are not followed, so give the final URL.`
        : `The receiver answered HTTP ${answer.status}.`;
    return { ok: false, code: answer.status, body: answer.body, durationMs: answer.durationMs, error, permanent: false };
  } catch (error) {
    if (error instanceof DownloadError) return failed(error.message, PERMANENT_DOWNLOAD_ERRORS.has(error.code));
    throw error;
  }
}
