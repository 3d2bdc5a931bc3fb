"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { reanalyzeRecord } from "@/lib/services/analyses/reanalyze-record";
import { deleteRecord } from "@/lib/services/records/delete-record";
import { retryRecord } from "@/lib/services/records/retry-record";

export async function retryRecordAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await retryRecord(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/records/${id}`);
  revalidatePath("/records");
  return { ok: true };
}

export async function deleteRecordAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteRecord(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/records");
  redirect("/records");
}

/** A new analysis of the record (the old one stays); the page then shows it while it runs. */
export async function reanalyzeRecordAction(analysisId: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  let created: { id: string; recordId: string };
  try {
    created = await reanalyzeRecord(ctx, analysisId, {});
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/records/${created.recordId}`);
  redirect(`/records/${created.recordId}?analysis=${created.id}`);
}
