"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { createProject } from "@/lib/services/projects/create-project";

export async function createProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  let id: string;
  try {
    const description = text(form, "description")?.trim();
    ({ id } = await createProject(ctx, { name: text(form, "name") ?? "", ...(description ? { description } : {}) }));
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/projects");
  revalidatePath("/");
  // A new project's next step is its settings, so go straight there.
  redirect(`/projects/${id}`);
}
