"use client";

import { startTransition, useActionState } from "react";
import { deleteAlertRuleAction } from "@/app/(dashboard)/alerts/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function DeleteAlertRuleButton({ id, name }: { id: string; name: string }) {
  const [state, run, pending] = useActionState<FormState>(deleteAlertRuleAction.bind(null, id), {});
  return (
    <div className="space-y-3">
      <FormError message={state.error} />
      <ConfirmDialog
        triggerLabel="Delete rule"
        title={`Delete ${name}?`}
        description="The rule stops raising incidents. Incidents it already raised stay in the list, under the rule's name."
        confirmLabel="Delete rule"
        pending={pending}
        pendingLabel="Deleting…"
        onConfirm={() => startTransition(() => run())}
      />
    </div>
  );
}
