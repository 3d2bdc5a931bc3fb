"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/next-auth";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text } from "@/lib/dashboard/form-data";
import { forgetSelectedOrg, rememberSelectedOrg } from "@/lib/dashboard/selected-org";

/** The organization switcher. An id the person is not a member of is ignored, not trusted. */
export async function switchOrganizationAction(form: FormData): Promise<void> {
  const orgId = text(form, "orgId");
  const { organizations } = await getDashboardContext();
  if (orgId && organizations.some((o) => o.id === orgId)) await rememberSelectedOrg(orgId);
  revalidatePath("/", "layout");
  // The page being viewed may belong to the previous organization, so start from its overview.
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  // The next person on this browser should not inherit the previous one's organization choice.
  await forgetSelectedOrg();
  await signOut({ redirectTo: "/login" });
}
