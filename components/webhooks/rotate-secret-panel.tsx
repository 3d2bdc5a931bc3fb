"use client";

import { startTransition, useActionState } from "react";
import { rotateWebhookSecretAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { formatDateTime } from "@/components/ui/format";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import type { FormState } from "@/lib/dashboard/form-state";

/** The secret's prefix, and replacing it (shown once; the old one stops at once, so it asks first). */
export function RotateSecretPanel({ id, prefix, createdAt }: { id: string; prefix: string; createdAt: string }) {
  const [state, run, pending] = useActionState<FormState<string>>(rotateWebhookSecretAction.bind(null, id), {});
  return (
    <div className="space-y-4">
      <FormError message={state.error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          Signing secret starts <code className="font-mono">{prefix}…</code> (created {formatDateTime(createdAt)}).
        </p>
        <ConfirmDialog
          triggerLabel="Replace secret"
          triggerVariant="secondary"
          title="Replace the signing secret?"
          description="Every delivery from now on, retries included, is signed with the new secret. Your receiver refuses them until it uses the new one."
          confirmLabel="Replace secret"
          pending={pending}
          pendingLabel="Generating…"
          onConfirm={() => startTransition(() => run())}
        />
      </div>
      {state.ok && state.data && (
        <OneTimeSecret
          id="rotated-webhook-secret"
          label="New signing secret"
          value={state.data}
          copyLabel="Copy secret"
          warning="Copy this secret into your receiver now. It will not be shown again."
        />
      )}
    </div>
  );
}
