// /settings/webhooks – the organization's webhook endpoints: add one (its signing secret shown once), enable or disable
import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { WebhooksTable } from "@/components/webhooks/webhooks-table";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listWebhookEndpoints } from "@/lib/services/webhooks/list-webhook-endpoints";

export const metadata: Metadata = { title: "Webhooks" };

const PAGE_SIZE = 50;

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = (
    <PageHeader
      title="Webhooks"
      description={`Callscope POSTs ${currentOrg.name}'s events (a record completed, an analysis stored, a review submitted…) to your systems, signed with each endpoint's secret.`}
    />
  );
  if (!can(currentOrg.role, "webhooks:manage")) {
    return (
      <>
        {header}
        <AccessDenied what="webhooks" />
      </>
    );
  }

  const page = pageFromSearchParam((await searchParams).page);
  const endpoints = await listWebhookEndpoints(ctx, { page, pageSize: PAGE_SIZE });
  return (
    <>
      {header}
      <Card className="mb-6" aria-labelledby="create-webhook-title">
        <CardHeader
          titleId="create-webhook-title"
          title="Add an endpoint"
          description={
            <>
              Each delivery carries <code className="font-mono text-xs">X-Signature: sha256=…</code>, an HMAC-SHA256 of the body with the endpoint&apos;s secret; see docs/webhooks.md for how to check it.
            </>
          }
        />
        <CardBody>
          <CreateWebhookForm />
        </CardBody>
      </Card>
      <Card aria-labelledby="webhooks-title">
        <CardHeader titleId="webhooks-title" title="Endpoints" />
        {endpoints.items.length > 0 ? <WebhooksTable endpoints={endpoints.items} /> : <EmptyState title="No webhook endpoints yet" />}
        {endpoints.total > PAGE_SIZE && <Pagination page={page} pageSize={PAGE_SIZE} total={endpoints.total} basePath="/settings/webhooks" noun="endpoints" />}
      </Card>
    </>
  );
}
