"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { updateBudget } from "@/lib/services/billing/update-budget";

export async function updateBudgetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  // An empty field is "no budget"; anything else goes to the service as the decimal text it is.
  const raw = text(form, "budgetLimit")?.trim() ?? "";
  try {
    const summary = await updateBudget(ctx, ctx.orgId, { budgetLimit: raw === "" ? null : raw });
    revalidatePath("/settings/billing");
    return { ok: true, message: summary.budgetLimit === null ? "Budget removed." : "Budget saved." };
  } catch (error) {
    return formError(error);
  }
}
