"use client";

import { startTransition, useActionState } from "react";
import { sendTestWebhookAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function SendTestButton({ id, disabled }: { id: string; disabled: boolean }) {
  const [state, run, pending] = useActionState<FormState>(sendTestWebhookAction.bind(null, id), {});
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={disabled} pending={pending} pendingLabel="Sending…" onClick={() => startTransition(() => run())}>
        Send test event
      </Button>
      <FormError message={state.error} />
      <FormSuccess message={state.ok ? state.message : undefined} />
    </div>
  );
}
