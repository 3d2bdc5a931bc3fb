"use client";

import { startTransition, useActionState } from "react";
import { deleteWebhookAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function DeleteWebhookButton({ id, url }: { id: string; url: string }) {
  const [state, run, pending] = useActionState<FormState>(deleteWebhookAction.bind(null, id), {});
  return (
    <div className="space-y-2">
      <ConfirmDialog
        triggerLabel="Delete endpoint"
        title="Delete this endpoint?"
        description={
          <>
            <span className="font-mono break-all">{url}</span> stops receiving events, and its delivery log is deleted. This cannot be undone.
          </>
        }
        confirmLabel="Delete endpoint"
        pending={pending}
        pendingLabel="Deleting…"
        onConfirm={() => startTransition(() => run())}
      />
      <FormError message={state.error} />
    </div>
  );
}
