"use server";

import { revalidatePath } from "next/cache";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { rotateIngestSecret } from "@/lib/services/ingest/rotate-ingest-secret";
import { updateIngestSettings } from "@/lib/services/ingest/update-ingest-settings";

const PATH = "/settings/integrations";

export async function rotateIngestSecretAction(_prev: FormState<string>): Promise<FormState<string>> {
  const { ctx } = await getDashboardContext();
  try {
    const rotated = await rotateIngestSecret(ctx);
    revalidatePath(PATH);
    return { ok: true, data: rotated.secret };
  } catch (error) {
    return formError(error);
  }
}

export async function saveDefaultProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateIngestSettings(ctx, { defaultProjectId: text(form, "defaultProjectId") || null });
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true, message: "Default project saved." };
}

export async function connectBitrix24Action(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateIngestSettings(ctx, {
      bitrix24: { applicationToken: text(form, "applicationToken") ?? "", webhookUrl: text(form, "webhookUrl") ?? "" },
    });
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true, message: "Bitrix24 connected." };
}

export async function disconnectBitrix24Action(_prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateIngestSettings(ctx, { bitrix24: null });
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}
