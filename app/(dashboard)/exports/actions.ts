"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text, texts } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { createExport } from "@/lib/services/exports/create-export";
import { deleteExport } from "@/lib/services/exports/delete-export";

/** The records list's filters travel as hidden fields with these names, exactly as in its address bar. */
const FILTER_FIELDS = ["projectId", "status", "type", "agentName", "from", "to"] as const;

export async function createExportAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  const filters: Record<string, string> = {};
  for (const name of FILTER_FIELDS) {
    const value = text(form, name)?.trim();
    if (value) filters[name] = value;
  }
  try {
    await createExport(ctx, { format: text(form, "format") ?? "", include: texts(form, "include"), filters });
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/exports");
  redirect("/exports");
}

export async function deleteExportAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteExport(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/exports");
  return { ok: true };
}
