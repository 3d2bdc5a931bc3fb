"use client";

import { createApiKeyAction, type CreatedKey } from "@/app/(dashboard)/settings/api-keys/actions";
import { RoleSelectField } from "@/components/members/role-select-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/dashboard/form-state";

export function CreateApiKeyForm({ roles }: { roles: Role[] }) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState<CreatedKey>>(createApiKeyAction, {}, { resetOnSuccess: true });
  const created = state.ok ? state.data : undefined;

  return (
    <div className="space-y-5">
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormError message={state.error} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1.5fr_auto] sm:items-start">
          <TextField
            id="key-name"
            name="name"
            label="Key name"
            placeholder="e.g. Call recorder integration"
            autoComplete="off"
            required
            maxLength={100}
            errors={state.fields?.name}
          />
          <RoleSelectField id="key-role" roles={roles} defaultValue="viewer" errors={state.fields?.role} />
          <Button type="submit" className="sm:mt-6.5" pending={pending} pendingLabel="Creating…">
            Create key
          </Button>
        </div>
      </form>
      {created && (
        <OneTimeSecret
          id="new-api-key"
          label={`Secret key for “${created.name}”`}
          value={created.key}
          copyLabel="Copy key"
          warning="Copy this key now and store it somewhere safe. It will not be shown again."
        />
      )}
    </div>
  );
}
