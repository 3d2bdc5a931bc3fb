"use client";

import { startTransition, useActionState } from "react";
import { connectBitrix24Action, disconnectBitrix24Action } from "@/app/(dashboard)/settings/integrations/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";

/** Connect a portal: the outbound webhook's application token proves events; the inbound webhook URL finds recordings. */
export function Bitrix24Form({ connected, portal }: { connected: boolean; portal: string | null }) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(connectBitrix24Action, {}, { resetOnSuccess: true });
  const [disconnectState, disconnect, disconnecting] = useActionState<FormState>(disconnectBitrix24Action, {});
  return (
    <div className="space-y-4">
      {connected && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200 ring-inset">
          <span>
            Connected to <strong>{portal}</strong>. Saving the form again replaces the token and URL.
          </span>
          <ConfirmDialog
            triggerLabel="Disconnect"
            triggerVariant="ghost"
            triggerSize="sm"
            title="Disconnect Bitrix24?"
            description="Call-end events from this portal will be refused with 401 until you connect it again."
            confirmLabel="Disconnect"
            pending={disconnecting}
            pendingLabel="Disconnecting…"
            onConfirm={() => startTransition(() => disconnect())}
          />
        </div>
      )}
      <FormError message={disconnectState.error} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormError message={state.error} />
        <TextField
          id="bitrix24-token"
          name="applicationToken"
          label="Application token"
          hint="Shown by Bitrix24 when you create the outbound webhook for the ONVOXIMPLANTCALLEND event."
          autoComplete="off"
          required
          errors={state.fields?.["bitrix24.applicationToken"]}
        />
        <TextField
          id="bitrix24-webhook-url"
          name="webhookUrl"
          label="Inbound webhook URL"
          placeholder="https://yourcompany.bitrix24.com/rest/1/abc123xyz/"
          hint="An inbound webhook with the telephony and user scopes: Callscope uses it to find each call's recording and agent."
          autoComplete="off"
          required
          errors={state.fields?.["bitrix24.webhookUrl"]}
        />
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {connected ? "Update connection" : "Connect Bitrix24"}
        </Button>
        {state.message && (
          <p role="status" className="text-sm text-emerald-700">
            {state.message}
          </p>
        )}
      </form>
    </div>
  );
}
