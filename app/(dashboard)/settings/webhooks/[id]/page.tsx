// /settings/webhooks/[id] – one webhook endpoint: its events and secret, a test event, and its delivery log with resend
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { DeleteWebhookButton } from "@/components/webhooks/delete-webhook-button";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { RefreshWhilePending } from "@/components/webhooks/refresh-while-pending";
import { RotateSecretPanel } from "@/components/webhooks/rotate-secret-panel";
import { SendTestButton } from "@/components/webhooks/send-test-button";
import { ToggleWebhookButton } from "@/components/webhooks/toggle-webhook-button";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { AppError } from "@/lib/errors";
import { looksLikeId } from "@/lib/ids";
import { getWebhookEndpoint } from "@/lib/services/webhooks/get-webhook-endpoint";
import { listWebhookDeliveries } from "@/lib/services/webhooks/list-webhook-deliveries";

export const metadata: Metadata = { title: "Webhook endpoint" };

const PAGE_SIZE = 25;

export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ctx, currentOrg } = await getDashboardContext();
  const { id } = await params;
  if (!can(currentOrg.role, "webhooks:manage")) {
    return (
      <>
        <PageHeader title="Webhook endpoint" />
        <AccessDenied what="webhooks" />
      </>
    );
  }
  if (!looksLikeId("webhookEndpoint", id)) notFound();
  const page = pageFromSearchParam((await searchParams).page);
  const [endpoint, deliveries] = await Promise.all([getWebhookEndpoint(ctx, id), listWebhookDeliveries(ctx, id, { page, pageSize: PAGE_SIZE })]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/settings/webhooks" className="text-slate-500 hover:text-slate-700">
          ← Webhooks
        </Link>
      </nav>
      <PageHeader
        title="Webhook endpoint"
        description={<span className="font-mono text-xs break-all">{endpoint.url}</span>}
        actions={<ToggleWebhookButton id={endpoint.id} url={endpoint.url} enabled={endpoint.enabled} />}
      />
      <Card className="mb-6" aria-labelledby="endpoint-title">
        <CardHeader
          titleId="endpoint-title"
          title={
            <span className="flex items-center gap-2">
              Endpoint <Badge tone={endpoint.enabled ? "success" : "neutral"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
            </span>
          }
          description={endpoint.description || undefined}
        />
        <CardBody className="space-y-6">
          <div>
            <h3 className="text-sm font-medium text-slate-900">Events</h3>
            <ul className="mt-2 flex flex-wrap gap-1">
              {endpoint.events.map((type) => (
                <li key={type}>
                  <Badge>{type}</Badge>
                </li>
              ))}
            </ul>
          </div>
          <RotateSecretPanel id={endpoint.id} prefix={endpoint.secretPrefix} createdAt={endpoint.secretCreatedAt} />
          <SendTestButton id={endpoint.id} disabled={!endpoint.enabled} />
        </CardBody>
      </Card>
      <Card className="mb-6" aria-labelledby="deliveries-title">
        <CardHeader
          titleId="deliveries-title"
          title="Deliveries"
          description="Failed attempts are retried with exponential backoff, ten attempts in all; a failed or delivered event can be sent again."
        />
        <RefreshWhilePending pending={deliveries.items.some((d) => d.status === "pending")} />
        {deliveries.items.length > 0 ? (
          <DeliveriesTable endpointId={endpoint.id} deliveries={deliveries.items} canResend={endpoint.enabled} />
        ) : (
          <EmptyState title="No deliveries yet">Events appear here as they happen; send a test event to try the endpoint.</EmptyState>
        )}
        {deliveries.total > PAGE_SIZE && (
          <Pagination page={page} pageSize={PAGE_SIZE} total={deliveries.total} basePath={`/settings/webhooks/${endpoint.id}`} noun="deliveries" />
        )}
      </Card>
      <Card danger aria-labelledby="danger-title">
        <CardHeader titleId="danger-title" title="Delete" />
        <CardBody>
          <DeleteWebhookButton id={endpoint.id} url={endpoint.url} />
        </CardBody>
      </Card>
    </>
  );
}
