"use client";

import { startTransition, useActionState } from "react";
import { rotateIngestSecretAction } from "@/app/(dashboard)/settings/integrations/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import type { FormState } from "@/lib/dashboard/form-state";

interface Props {
  configured: boolean;
  prefix: string | null;
  createdAt: string | null;
}

/** Generate the first secret, or replace it (which breaks senders until they are updated, so it asks first). */
export function IngestSecretPanel({ configured, prefix, createdAt }: Props) {
  const [state, run, pending] = useActionState<FormState<string>>(rotateIngestSecretAction, {});
  const generate = () => startTransition(() => run());
  return (
    <div className="space-y-4">
      <FormError message={state.error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {configured ? (
            <>
              Current secret starts <code className="font-mono">{prefix}…</code>
              {createdAt && <> (created {new Date(createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })})</>}.
            </>
          ) : (
            "No secret yet: signed deliveries are refused until you generate one."
          )}
        </p>
        {configured ? (
          <ConfirmDialog
            triggerLabel="Replace secret"
            triggerVariant="secondary"
            title="Replace the ingest secret?"
            description="The current secret stops working at once: deliveries signed with it get 401 until the sender uses the new one."
            confirmLabel="Replace secret"
            pending={pending}
            pendingLabel="Generating…"
            onConfirm={generate}
          />
        ) : (
          <Button type="button" onClick={generate} pending={pending} pendingLabel="Generating…">
            Generate secret
          </Button>
        )}
      </div>
      {state.ok && state.data && (
        <OneTimeSecret
          id="new-ingest-secret"
          label="Ingest secret"
          value={state.data}
          copyLabel="Copy secret"
          warning="Copy this secret into your telephony or CRM system now. It will not be shown again."
        />
      )}
    </div>
  );
}
