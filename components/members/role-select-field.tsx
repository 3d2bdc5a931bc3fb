"use client";

import { useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/ui/field";
import type { Role } from "@/lib/auth/roles";
import { ROLE_DESCRIPTIONS, roleLabel } from "./roles";

interface RoleSelectFieldProps {
  id: string;
  label?: string;
  roles: readonly Role[];
  defaultValue: Role;
  errors?: string[];
}

/** A role picker whose hint says what the chosen role may do. */
export function RoleSelectField({ id, label = "Role", roles, defaultValue, errors }: RoleSelectFieldProps) {
  const [role, setRole] = useState<Role>(defaultValue);
  const select = useRef<HTMLSelectElement>(null);

  // A form reset puts the select back to its default without a change event; keep the hint in step.
  useEffect(() => {
    const form = select.current?.form;
    const onReset = () => setRole(defaultValue);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [defaultValue]);

  return (
    <SelectField
      ref={select}
      id={id}
      name="role"
      label={label}
      defaultValue={defaultValue}
      onChange={(e) => setRole(e.target.value as Role)}
      options={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
      hint={ROLE_DESCRIPTIONS[role]}
      errors={errors}
    />
  );
}
