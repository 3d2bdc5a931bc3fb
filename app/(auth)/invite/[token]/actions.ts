"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth/next-auth";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { rememberSelectedOrg } from "@/lib/dashboard/selected-org";
import { acceptInvitation } from "@/lib/services/members/accept-invitation";

/** Joins the organization, then signs the person in so the link lands them in the dashboard. */
export async function acceptInvitationAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const name = text(form, "name")?.trim();
  const password = text(form, "password") ?? "";
  const confirmation = text(form, "confirmPassword");
  // Only new accounts get a confirmation field: a typo there would lock the person out of the account they just made.
  if (confirmation !== undefined && confirmation !== password) {
    return { error: "Please correct the highlighted fields.", fields: { confirmPassword: ["does not match the password"] } };
  }

  let accepted: { orgId: string; email: string };
  try {
    accepted = await acceptInvitation(await getDb(), { token, password, ...(name ? { name } : {}) });
  } catch (error) {
    return formError(error);
  }

  await rememberSelectedOrg(accepted.orgId);
  try {
    await signIn("credentials", { email: accepted.email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: true, message: "You have joined the organization. Sign in to continue." };
    }
    throw error;
  }
  return { ok: true };
}
