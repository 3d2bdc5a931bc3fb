"use client";

import { startTransition, useActionState } from "react";
import { setWebhookEnabledAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

/** Pauses or resumes an endpoint; a disabled one gets no new events. */
export function ToggleWebhookButton({ id, url, enabled }: { id: string; url: string; enabled: boolean }) {
  const [state, run, pending] = useActionState<FormState>(setWebhookEnabledAction.bind(null, id, !enabled), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        size="sm"
        aria-label={`${enabled ? "Disable" : "Enable"} ${url}`}
        pending={pending}
        pendingLabel={enabled ? "Disabling…" : "Enabling…"}
        onClick={() => startTransition(() => run())}
      >
        {enabled ? "Disable" : "Enable"}
      </Button>
      <FormError message={state.error} className="max-w-xs text-left" />
    </div>
  );
}
