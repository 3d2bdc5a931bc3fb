"use client";

import { inviteMemberAction, type InviteResult } from "@/app/(dashboard)/settings/members/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { formatDate } from "@/components/ui/format";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/dashboard/form-state";
import { RoleSelectField } from "./role-select-field";

export function InviteMemberForm({ roles }: { roles: Role[] }) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState<InviteResult>>(inviteMemberAction, {}, { resetOnSuccess: true });
  const invited = state.ok ? state.data : undefined;

  return (
    <div className="space-y-5">
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormError message={state.error} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1.5fr_auto] sm:items-start">
          <TextField
            id="invite-email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            placeholder="name@company.com"
            required
            errors={state.fields?.email}
          />
          <RoleSelectField
            id="invite-role"
            roles={roles}
            defaultValue={roles.includes("viewer") ? "viewer" : (roles.at(-1) ?? "viewer")}
            errors={state.fields?.role}
          />
          <Button type="submit" className="sm:mt-6.5" pending={pending} pendingLabel="Inviting…">
            Send invitation
          </Button>
        </div>
      </form>
      {invited && (
        <OneTimeSecret
          id="invitation-link"
          label={`Invitation link for ${invited.email}`}
          value={invited.acceptUrl}
          copyLabel="Copy link"
          warning={
            invited.emailed
              ? `We are emailing this link to ${invited.email}. You can also send it yourself: it is shown only once and works until ${formatDate(invited.expiresAt)}.`
              : `Email is not set up on this server (SMTP_URL), so send this link to ${invited.email} yourself. It is shown only once and works until ${formatDate(invited.expiresAt)}.`
          }
        />
      )}
    </div>
  );
}
