"use client";

import { useQueryClient } from "@tanstack/react-query";
import { startTransition, useActionState, useEffect } from "react";
import { deleteRecordAction, retryRecordAction } from "@/app/(dashboard)/records/[id]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import type { FormState } from "@/lib/dashboard/form-state";
import { recordQueryKey } from "./use-record-status";

/** Retry (failed records only) and Delete, for roles that may write records. */
export function RecordActions({ id, name, failed }: { id: string; name: string; failed: boolean }) {
  const queryClient = useQueryClient();
  const [retryState, retry, retrying] = useActionState<FormState>(retryRecordAction.bind(null, id), {});
  const [deleteState, remove, deleting] = useActionState<FormState>(deleteRecordAction.bind(null, id), {});

  useEffect(() => {
    // The cached "failed" would otherwise keep the live badge from polling the retried record.
    if (retryState.ok) void queryClient.invalidateQueries({ queryKey: recordQueryKey(id) });
  }, [retryState, queryClient, id]);

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {failed && (
          <Button variant="secondary" pending={retrying} pendingLabel="Retrying…" onClick={() => startTransition(() => retry())}>
            Retry
          </Button>
        )}
        <ConfirmDialog
          triggerLabel="Delete"
          triggerVariant="secondary"
          triggerAriaLabel="Delete record"
          title={`Delete ${name}?`}
          description="The record, its transcript and its audio are deleted for everyone in the organization. This cannot be undone."
          confirmLabel="Delete record"
          pending={deleting}
          pendingLabel="Deleting…"
          onConfirm={() => startTransition(() => remove())}
        />
      </div>
      <FormError message={retryState.error ?? deleteState.error} />
    </div>
  );
}
