"use client";

import { startTransition, useActionState } from "react";
import { deleteProjectAction } from "@/app/(dashboard)/projects/[id]/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function DeleteProjectButton({ id, name }: { id: string; name: string }) {
  const [state, run, pending] = useActionState<FormState>(deleteProjectAction.bind(null, id), {});
  return (
    <div className="space-y-3">
      <FormError message={state.error} />
      <ConfirmDialog
        triggerLabel="Delete project"
        title={`Delete ${name}?`}
        description="The project and its settings are deleted for everyone in the organization. This cannot be undone."
        confirmLabel="Delete project"
        pending={pending}
        pendingLabel="Deleting…"
        onConfirm={() => startTransition(() => run())}
      />
    </div>
  );
}
