import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { WebhookDeliveryDto } from "@/lib/services/webhooks/webhook-schemas";
import { ResendDeliveryButton } from "./resend-delivery-button";

const STATUS_TONE: Record<WebhookDeliveryDto["status"], BadgeTone> = { pending: "warning", succeeded: "success", failed: "danger" };
const STATUS_LABEL: Record<WebhookDeliveryDto["status"], string> = { pending: "Pending", succeeded: "Succeeded", failed: "Failed" };

/** The delivery log: what was sent, what the receiver answered, and a way to send it again. */
export function DeliveriesTable({ endpointId, deliveries, canResend }: { endpointId: string; deliveries: WebhookDeliveryDto[]; canResend: boolean }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Event</TH>
          <TH>Status</TH>
          <TH>Response</TH>
          <TH>Attempts</TH>
          <TH>Time</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {deliveries.map((d) => (
          <TR key={d.id} data-testid={`delivery-${d.id}`} data-delivery-status={d.status}>
            <TD className="max-w-xs align-top">
              <p className="font-medium text-slate-900">{d.eventType}</p>
              <p className="font-mono text-xs break-all text-slate-500">{d.eventId}</p>
              {d.resendOf && <p className="text-xs text-slate-500">Resent from {d.resendOf}</p>}
              <details className="mt-1 text-xs">
                <summary className="cursor-pointer text-brand-700 hover:text-brand-800">Details</summary>
                <dl className="mt-2 space-y-2">
                  <div>
                    <dt className="font-medium text-slate-700">Delivery</dt>
                    <dd className="font-mono break-all text-slate-600">{d.id}</dd>
                  </div>
                  {d.lastError && (
                    <div>
                      <dt className="font-medium text-slate-700">Last error</dt>
                      <dd className="text-red-700">{d.lastError}</dd>
                    </div>
                  )}
                  {d.lastResponseBody && (
                    <div>
                      <dt className="font-medium text-slate-700">Receiver&apos;s answer</dt>
                      <dd>
                        <pre className="max-h-32 overflow-auto rounded bg-slate-50 p-2 break-all whitespace-pre-wrap text-slate-700">{d.lastResponseBody}</pre>
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt className="font-medium text-slate-700">Body sent</dt>
                    <dd>
                      <pre className="max-h-48 overflow-auto rounded bg-slate-50 p-2 break-all whitespace-pre-wrap text-slate-700">{JSON.stringify(d.payload, null, 2)}</pre>
                    </dd>
                  </div>
                </dl>
              </details>
            </TD>
            <TD className="align-top">
              <Badge tone={STATUS_TONE[d.status]}>{STATUS_LABEL[d.status]}</Badge>
              {d.status === "pending" && d.nextAttemptAt && (
                <p className="mt-1 text-xs text-slate-500">
                  Next try <time dateTime={d.nextAttemptAt}>{formatDateTime(d.nextAttemptAt)}</time>
                </p>
              )}
            </TD>
            <TD className="align-top whitespace-nowrap text-slate-700">
              {d.lastResponseCode !== null ? <span className="font-mono">HTTP {d.lastResponseCode}</span> : d.attempts > 0 ? "No answer" : "—"}
              {d.durationMs !== null && <p className="text-xs text-slate-500">{d.durationMs} ms</p>}
            </TD>
            <TD className="align-top whitespace-nowrap text-slate-700">
              {d.attempts} of {d.maxAttempts}
            </TD>
            <TD className="align-top whitespace-nowrap text-slate-500">
              <time dateTime={d.lastAttemptAt ?? d.createdAt}>{formatDateTime(d.lastAttemptAt ?? d.createdAt)}</time>
            </TD>
            <TD className="text-right align-top">{canResend && d.status !== "pending" && <ResendDeliveryButton endpointId={endpointId} deliveryId={d.id} eventType={d.eventType} />}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
