"use client";

import { startTransition, useActionState } from "react";
import { deleteExportAction } from "@/app/(dashboard)/exports/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function DeleteExportButton({ id, label }: { id: string; label: string }) {
  const [state, run, pending] = useActionState<FormState>(deleteExportAction.bind(null, id), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <ConfirmDialog
        triggerLabel="Delete"
        triggerAriaLabel={`Delete ${label}`}
        triggerVariant="ghost"
        triggerSize="sm"
        title={`Delete ${label}?`}
        description="The file is deleted now and its download link stops working. The records themselves are not touched."
        confirmLabel="Delete export"
        pending={pending}
        pendingLabel="Deleting…"
        onConfirm={() => startTransition(() => run())}
      />
      <FormError message={state.error} className="max-w-xs text-left" />
    </div>
  );
}
