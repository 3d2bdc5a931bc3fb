"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ruleBodyFromForm } from "@/components/alerts/rule-form-values";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { acknowledgeIncident } from "@/lib/services/alerts/acknowledge-incident";
import { createAlertRule } from "@/lib/services/alerts/create-alert-rule";
import { deleteAlertRule } from "@/lib/services/alerts/delete-alert-rule";
import { resolveIncident } from "@/lib/services/alerts/resolve-incident";
import { updateAlertRule } from "@/lib/services/alerts/update-alert-rule";

export async function createAlertRuleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await createAlertRule(ctx, ruleBodyFromForm(form));
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/alerts");
  // The list shows the new rule with its switch, which is what one checks next.
  redirect("/alerts");
}

export async function updateAlertRuleAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateAlertRule(ctx, id, ruleBodyFromForm(form));
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/alerts");
  revalidatePath(`/alerts/${id}`);
  return { ok: true, message: "Rule saved." };
}

export async function setAlertRuleEnabledAction(id: string, enabled: boolean): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await updateAlertRule(ctx, id, { enabled });
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/alerts");
  revalidatePath(`/alerts/${id}`);
  return { ok: true };
}

export async function deleteAlertRuleAction(id: string): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteAlertRule(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/alerts");
  revalidatePath("/alerts/incidents");
  redirect("/alerts");
}

export async function changeIncidentAction(id: string, to: "acknowledged" | "resolved"): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    if (to === "acknowledged") await acknowledgeIncident(ctx, id);
    else if (to === "resolved") await resolveIncident(ctx, id);
    else return { ok: false, error: "Unknown incident status." };
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/alerts/incidents");
  revalidatePath("/alerts", "layout");
  return { ok: true };
}
