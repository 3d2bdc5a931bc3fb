import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { WebhookEndpointDto } from "@/lib/services/webhooks/webhook-schemas";
import { ToggleWebhookButton } from "./toggle-webhook-button";

export function WebhooksTable({ endpoints }: { endpoints: WebhookEndpointDto[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Endpoint</TH>
          <TH>Events</TH>
          <TH>Status</TH>
          <TH>Created</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {endpoints.map((e) => (
          <TR key={e.id} data-testid={`webhook-${e.id}`}>
            <TD className="max-w-md">
              <Link href={`/settings/webhooks/${e.id}`} className="font-mono text-xs break-all text-brand-700 hover:text-brand-800">
                {e.url}
              </Link>
              {e.description && <p className="mt-0.5 text-xs text-slate-500">{e.description}</p>}
            </TD>
            <TD>
              <ul className="flex flex-wrap gap-1">
                {e.events.map((type) => (
                  <li key={type}>
                    <Badge>{type}</Badge>
                  </li>
                ))}
              </ul>
            </TD>
            <TD>
              <Badge tone={e.enabled ? "success" : "neutral"}>{e.enabled ? "Enabled" : "Disabled"}</Badge>
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={e.createdAt}>{formatDate(e.createdAt)}</time>
            </TD>
            <TD className="text-right">
              <ToggleWebhookButton id={e.id} url={e.url} enabled={e.enabled} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
