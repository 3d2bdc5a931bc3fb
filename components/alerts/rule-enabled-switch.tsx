"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setAlertRuleEnabledAction } from "@/app/(dashboard)/alerts/actions";
import { cn } from "@/components/ui/cn";

/**
 * The enable toggle of one rule: a switch that flips at once and is put back
 * if the server refuses. Named after the rule, since a table has many.
 */
export function RuleEnabledSwitch({ id, name, enabled, disabled }: { id: string; name: string; enabled: boolean; disabled?: boolean }) {
  const [shown, setShown] = useOptimistic(enabled);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function toggle() {
    startTransition(async () => {
      setShown(!shown);
      setError(null);
      const result = await setAlertRuleEnabledAction(id, !shown);
      if (!result.ok) setError(result.error ?? "Could not change the rule.");
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={shown}
        aria-label={`Enabled: ${name}`}
        disabled={disabled || pending}
        onClick={toggle}
        className={cn(
          "relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60",
          shown ? "bg-brand-600" : "bg-slate-300",
        )}
      >
        <span className={cn("inline-block size-4 rounded-full bg-white shadow transition-transform", shown ? "translate-x-4.5" : "translate-x-0.5")} />
      </button>
      <span className="text-sm text-slate-600" aria-hidden="true">
        {shown ? "On" : "Off"}
      </span>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
