"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text, texts } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { createWebhookEndpoint } from "@/lib/services/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/services/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/services/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/services/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/services/webhooks/send-test-webhook";
import { updateWebhookEndpoint } from "@/lib/services/webhooks/update-webhook-endpoint";

const PATH = "/settings/webhooks";

export interface CreatedEndpoint {
  id: string;
  url: string;
  secret: string;
}

export async function createWebhookAction(_prev: FormState<CreatedEndpoint>, form: FormData): Promise<FormState<CreatedEndpoint>> {
  const { ctx } = await getDashboardContext();
  try {
    const created = await createWebhookEndpoint(ctx, {
      url: text(form, "url") ?? "",
      description: text(form, "description") ?? "",
      events: texts(form, "events"),
    });
    revalidatePath(PATH);
    return { ok: true, data: { id: created.id, url: created.url, secret: created.secret } };
  } catch (error) {
    return formError(error);
  }
}

export async function setWebhookEnabledAction(id: string, enabled: boolean, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateWebhookEndpoint(ctx, id, { enabled });
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  revalidatePath(`${PATH}/${id}`);
  return { ok: true, message: enabled ? "Endpoint enabled." : "Endpoint disabled." };
}

export async function deleteWebhookAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteWebhookEndpoint(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  redirect(PATH);
}

export async function rotateWebhookSecretAction(id: string, _prev: FormState<string>): Promise<FormState<string>> {
  const { ctx } = await getDashboardContext();
  try {
    const rotated = await rotateWebhookSecret(ctx, id);
    revalidatePath(`${PATH}/${id}`);
    return { ok: true, data: rotated.secret };
  } catch (error) {
    return formError(error);
  }
}

export async function sendTestWebhookAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await sendTestWebhook(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`${PATH}/${id}`);
  return { ok: true, message: "Test event queued. It appears in the deliveries below." };
}

export async function resendDeliveryAction(endpointId: string, deliveryId: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await resendWebhookDelivery(ctx, endpointId, deliveryId);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`${PATH}/${endpointId}`);
  return { ok: true, message: "Queued again." };
}
