"use client";

import { startTransition, useActionState } from "react";
import { removeMemberAction } from "@/app/(dashboard)/settings/members/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";

export function RemoveMemberButton({ userId, name, organizationName }: { userId: string; name: string; organizationName: string }) {
  const [state, run, pending] = useActionState<FormState>(removeMemberAction.bind(null, userId), {});
  return (
    <div className="flex flex-col items-end gap-2">
      <ConfirmDialog
        triggerLabel="Remove"
        triggerAriaLabel={`Remove ${name}`}
        triggerVariant="ghost"
        triggerSize="sm"
        title={`Remove ${name}?`}
        description={`${name} will lose access to ${organizationName} immediately. Their account and other organizations are not affected.`}
        confirmLabel="Remove member"
        pending={pending}
        pendingLabel="Removing…"
        onConfirm={() => startTransition(() => run())}
      />
      <FormError message={state.error} className="max-w-xs text-left" />
    </div>
  );
}
