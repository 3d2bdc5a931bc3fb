"use client";

import { CopyField } from "./copy-field";

interface OneTimeSecretProps {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  warning: string;
}

/** A value the server will never show again (a key, an invitation link), with a way to copy it. */
export function OneTimeSecret({ id, label, value, copyLabel, warning }: OneTimeSecretProps) {
  return (
    <div className="space-y-2 rounded-md bg-amber-50 p-4 ring-1 ring-amber-200 ring-inset">
      <label htmlFor={id} className="block text-sm font-medium text-amber-900">
        {label}
      </label>
      <CopyField id={id} value={value} copyLabel={copyLabel} describedBy={`${id}-warning`} />
      <p id={`${id}-warning`} className="text-sm text-amber-800">
        {warning}
      </p>
    </div>
  );
}
