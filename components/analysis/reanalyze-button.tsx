"use client";

import { startTransition, useActionState } from "react";
import { reanalyzeRecordAction } from "@/app/(dashboard)/records/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

/** Scores the record again with the project's current scorecard, as a new analysis; the page then follows it. */
export function ReanalyzeButton({ analysisId, disabled = false }: { analysisId: string; disabled?: boolean }) {
  const [state, reanalyze, pending] = useActionState<FormState>(reanalyzeRecordAction.bind(null, analysisId), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        pendingLabel="Starting…"
        disabled={disabled}
        title={disabled ? "An analysis is already running" : "Score this record again with the project's current scorecard"}
        onClick={() => startTransition(() => reanalyze())}
      >
        Re-analyze
      </Button>
      <FormError message={state.error} />
    </div>
  );
}
