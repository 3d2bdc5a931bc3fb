"use client";

import { startTransition, useActionState } from "react";
import { resendDeliveryAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function ResendDeliveryButton({ endpointId, deliveryId, eventType }: { endpointId: string; deliveryId: string; eventType: string }) {
  const [state, run, pending] = useActionState<FormState>(resendDeliveryAction.bind(null, endpointId, deliveryId), {});
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Resend ${eventType} delivery ${deliveryId}`}
        pending={pending}
        pendingLabel="Resending…"
        onClick={() => startTransition(() => run())}
      >
        Resend
      </Button>
      <FormError message={state.error} className="max-w-xs text-left" />
      {state.ok && (
        <p role="status" className="text-xs text-emerald-700">
          {state.message}
        </p>
      )}
    </div>
  );
}
