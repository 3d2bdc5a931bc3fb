"use client";

import { useState } from "react";
import { changeMemberRoleAction } from "@/app/(dashboard)/settings/members/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/dashboard/form-state";
import { roleLabel } from "./roles";

interface MemberRoleFormProps {
  userId: string;
  name: string;
  role: Role;
  roles: Role[];
}

export function MemberRoleForm({ userId, name, role, roles }: MemberRoleFormProps) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(changeMemberRoleAction.bind(null, userId), {});
  const [selected, setSelected] = useState<string>(role);
  const id = `role-${userId}`;
  const messages = [...(state.error && !state.fields ? [state.error] : []), ...(state.fields?.role ?? [])];

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role for {name}
        </label>
        <Select
          id={id}
          name="role"
          value={selected}
          onChange={(e) => setSelected(e.target.value)}
          options={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
          className="w-36"
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={messages.length ? `${id}-error` : undefined}
        />
        {/* Only offered once the choice differs, so a row at rest has nothing to press. */}
        {selected !== role && (
          <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…" aria-label={`Save role for ${name}`}>
            Save
          </Button>
        )}
      </div>
      <FieldError id={`${id}-error`} label="Role" messages={messages} />
      <span role="status" className="sr-only">
        {state.ok ? state.message : ""}
      </span>
    </form>
  );
}
