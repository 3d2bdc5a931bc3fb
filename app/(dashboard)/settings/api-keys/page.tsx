// /settings/api-keys – the organization's API keys: create one (secret shown once), revoke
import type { Metadata } from "next";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { grantableRoles } from "@/components/members/roles";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { API_KEY_ROLES } from "@/lib/services/api-keys/api-key-schemas";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";

export const metadata: Metadata = { title: "API keys" };

const PAGE_SIZE = 50;

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = (
    <PageHeader
      title="API keys"
      description={
        <>
          Keys let programs call the Callscope API for {currentOrg.name}. Send one as <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>.
        </>
      }
    />
  );
  if (!can(currentOrg.role, "apiKeys:manage")) {
    return (
      <>
        {header}
        <AccessDenied what="API keys" />
      </>
    );
  }

  const page = pageFromSearchParam((await searchParams).page);
  const keys = await listApiKeys(ctx, { page, pageSize: PAGE_SIZE });
  return (
    <>
      {header}
      <Card className="mb-6" aria-labelledby="create-key-title">
        <CardHeader
          titleId="create-key-title"
          title="Create a key"
          description="Give each integration its own key, with the least role it needs, so you can revoke one without breaking the others."
        />
        <CardBody>
          <CreateApiKeyForm roles={grantableRoles(currentOrg.role, API_KEY_ROLES)} />
        </CardBody>
      </Card>
      <Card aria-labelledby="keys-title">
        <CardHeader titleId="keys-title" title="Keys" />
        {keys.items.length > 0 ? <ApiKeysTable keys={keys.items} /> : <EmptyState title="No API keys yet" />}
        {keys.total > PAGE_SIZE && (
          <Pagination page={page} pageSize={PAGE_SIZE} total={keys.total} basePath="/settings/api-keys" noun="keys" />
        )}
      </Card>
    </>
  );
}
