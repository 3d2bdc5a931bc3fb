"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { checked, text, texts } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { deleteProject } from "@/lib/services/projects/delete-project";
import { updateProject } from "@/lib/services/projects/update-project";

/** Empty means "keep until deleted"; anything else must be a whole number (the service checks the range). */
function parseRetention(value: string | undefined): number | null | "invalid" {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : "invalid";
}

export async function updateProjectAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  const retentionDays = parseRetention(text(form, "settings.retentionDays"));
  if (retentionDays === "invalid") {
    return {
      error: "Please correct the highlighted fields.",
      fields: { "settings.retentionDays": ["must be a whole number of days"] },
    };
  }
  // Every settings field is on the form, so the whole settings object is sent; unchecked boxes mean false.
  const patch = {
    name: text(form, "name") ?? "",
    description: text(form, "description") ?? "",
    settings: {
      language: text(form, "settings.language")?.trim() ?? "",
      agentChannel: text(form, "settings.agentChannel"),
      redaction: {
        enabled: checked(form, "settings.redaction.enabled"),
        entities: texts(form, "settings.redaction.entities"),
        keepOriginalAudio: checked(form, "settings.redaction.keepOriginalAudio"),
      },
      summary: { enabled: checked(form, "settings.summary.enabled") },
      sentiment: { enabled: checked(form, "settings.sentiment.enabled") },
      retentionDays,
    },
  };
  try {
    await updateProject(ctx, id, patch);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/projects");
  revalidatePath(`/projects/${id}`);
  return { ok: true, message: "Project settings saved." };
}

export async function deleteProjectAction(id: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteProject(ctx, id);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/projects");
  revalidatePath("/");
  redirect("/projects");
}
