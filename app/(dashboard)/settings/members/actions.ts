"use server";

import { revalidatePath } from "next/cache";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { changeMemberRole } from "@/lib/services/members/change-member-role";
import { inviteMember } from "@/lib/services/members/invite-member";
import { removeMember } from "@/lib/services/members/remove-member";
import { revokeInvitation } from "@/lib/services/members/revoke-invitation";

const PATH = "/settings/members";

export interface InviteResult {
  email: string;
  acceptUrl: string;
  expiresAt: string;
  /** True when the link is being emailed; false when email is off (no SMTP_URL). */
  emailed: boolean;
}

export async function inviteMemberAction(_prev: FormState<InviteResult>, form: FormData): Promise<FormState<InviteResult>> {
  const { ctx } = await getDashboardContext();
  try {
    const invitation = await inviteMember(ctx, { email: text(form, "email") ?? "", role: text(form, "role") });
    revalidatePath(PATH);
    return {
      ok: true,
      data: {
        email: invitation.email,
        acceptUrl: invitation.acceptUrl,
        expiresAt: invitation.expiresAt,
        emailed: invitation.emailStatus === "queued",
      },
    };
  } catch (error) {
    return formError(error);
  }
}

export async function changeMemberRoleAction(userId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await changeMemberRole(ctx, userId, { role: text(form, "role") });
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true, message: "Role updated." };
}

export async function removeMemberAction(userId: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await removeMember(ctx, userId);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  revalidatePath("/");
  return { ok: true };
}

export async function revokeInvitationAction(invitationId: string, _prev: FormState): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await revokeInvitation(ctx, invitationId);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}
