"use client";

import { startTransition, useActionState } from "react";
import { revokeApiKeyAction } from "@/app/(dashboard)/settings/api-keys/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [state, run, pending] = useActionState<FormState>(revokeApiKeyAction.bind(null, id), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <ConfirmDialog
        triggerLabel="Revoke"
        triggerAriaLabel={`Revoke ${name}`}
        triggerVariant="ghost"
        triggerSize="sm"
        title={`Revoke “${name}”?`}
        description="Programs using this key will get 401 Unauthorized from their next request. This cannot be undone."
        confirmLabel="Revoke key"
        pending={pending}
        pendingLabel="Revoking…"
        onConfirm={() => startTransition(() => run())}
      />
      <FormError message={state.error} className="max-w-xs text-left" />
    </div>
  );
}
