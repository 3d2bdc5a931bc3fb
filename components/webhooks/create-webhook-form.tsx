"use client";

import Link from "next/link";
import { createWebhookAction, type CreatedEndpoint } from "@/app/(dashboard)/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/field";
import { FieldError, FormError } from "@/components/ui/form-error";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";
import { EVENT_DESCRIPTIONS, SUBSCRIBABLE_EVENTS } from "./event-labels";

/** Adds an endpoint; its signing secret is shown once, right here. */
export function CreateWebhookForm() {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState<CreatedEndpoint>>(createWebhookAction, {}, { resetOnSuccess: true });
  const created = state.ok ? state.data : undefined;
  const eventErrors = Object.entries(state.fields ?? {})
    .filter(([field]) => field === "events" || field.startsWith("events."))
    .flatMap(([, messages]) => messages);

  return (
    <div className="space-y-5">
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
        <FormError message={state.error} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="webhook-url"
            name="url"
            type="url"
            label="Endpoint URL"
            placeholder="https://example.com/callscope/webhook"
            autoComplete="off"
            required
            maxLength={2048}
            hint="Where Callscope POSTs events. It must answer 2xx within 10 seconds."
            errors={state.fields?.url}
          />
          <TextField id="webhook-description" name="description" label="Description (optional)" autoComplete="off" maxLength={500} errors={state.fields?.description} />
        </div>
        <fieldset aria-describedby={eventErrors.length ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium text-slate-900">Events to send</legend>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {SUBSCRIBABLE_EVENTS.map((type) => (
              <CheckboxField
                key={type}
                id={`webhook-event-${type}`}
                name="events"
                value={type}
                label={type}
                description={EVENT_DESCRIPTIONS[type]}
                defaultChecked={type === "record.completed"}
              />
            ))}
          </div>
          <FieldError id="webhook-events-error" label="Events" messages={eventErrors.length ? eventErrors : undefined} />
        </fieldset>
        <Button type="submit" pending={pending} pendingLabel="Adding…">
          Add endpoint
        </Button>
      </form>
      {created && (
        <div className="space-y-2">
          <OneTimeSecret
            id="new-webhook-secret"
            label={`Signing secret for ${created.url}`}
            value={created.secret}
            copyLabel="Copy secret"
            warning="Copy this secret into your receiver now: it verifies the X-Signature of every delivery. It will not be shown again."
          />
          <p className="text-sm">
            <Link href={`/settings/webhooks/${created.id}`} className="font-medium text-brand-700 hover:text-brand-800">
              Open the endpoint and send a test event →
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
