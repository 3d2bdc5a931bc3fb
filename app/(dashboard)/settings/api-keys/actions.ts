"use server";

import { revalidatePath } from "next/cache";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";

const PATH = "/settings/api-keys";

export interface CreatedKey {
  name: string;
  key: string;
}

export async function createApiKeyAction(_prev: FormState<CreatedKey>, form: FormData): Promise<FormState<CreatedKey>> {
  const { ctx } = await getDashboardContext();
  try {
    const created = await createApiKey(ctx, { name: text(form, "name") ?? "", role: text(form, "role") || undefined });
    revalidatePath(PATH);
    return { ok: true, data: { name: created.name, key: created.key } };
  } catch (error) {
    return formError(error);
  }
}

export async function revokeApiKeyAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await revokeApiKey(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}
