"use client";

import { startTransition, useActionState } from "react";
import { revokeInvitationAction } from "@/app/(dashboard)/settings/members/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

/** No confirmation: a revoked invitation costs only a new invite to undo. */
export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, run, pending] = useActionState<FormState>(revokeInvitationAction.bind(null, invitationId), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        pendingLabel="Revoking…"
        aria-label={`Revoke invitation for ${email}`}
        onClick={() => startTransition(() => run())}
      >
        Revoke
      </Button>
      <FormError message={state.error} className="max-w-xs text-left" />
    </div>
  );
}
