"use client";

import { CopyButton } from "./copy-button";

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
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-warning`}
          className="h-9 min-w-0 flex-1 rounded-md border-0 bg-white px-3 font-mono text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
        <CopyButton value={value} label={copyLabel} fallbackTargetId={id} />
      </div>
      <p id={`${id}-warning`} className="text-sm text-amber-800">
        {warning}
      </p>
    </div>
  );
}
