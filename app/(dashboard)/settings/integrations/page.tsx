// /settings/integrations – how telephony and CRM systems deliver calls: the ingest URL and secret, the default project, Bitrix24
import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { Bitrix24Form } from "@/components/integrations/bitrix24-form";
import { DefaultProjectForm } from "@/components/integrations/default-project-form";
import { IngestSecretPanel } from "@/components/integrations/ingest-secret-panel";
import { SigningExample } from "@/components/integrations/signing-example";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { publicBaseUrl } from "@/lib/dashboard/public-url";
import { getIngestSettings } from "@/lib/services/ingest/get-ingest-settings";
import { listProjects } from "@/lib/services/projects/list-projects";

export const metadata: Metadata = { title: "Integrations" };

function UrlRow({ id, label, url }: { id: string; label: string; url: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <CopyField id={id} value={url} copyLabel="Copy URL" className="bg-slate-50 text-xs" />
    </div>
  );
}

export default async function IntegrationsPage() {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = (
    <PageHeader
      title="Integrations"
      description={`Let your telephony or CRM system send ${currentOrg.name}'s calls to Callscope as they end. Callscope downloads each recording and processes it like an upload.`}
    />
  );
  if (!can(currentOrg.role, "integrations:manage")) {
    return (
      <>
        {header}
        <AccessDenied what="integrations" />
      </>
    );
  }

  const [settings, projects, base] = await Promise.all([
    getIngestSettings(ctx),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
    publicBaseUrl(),
  ]);
  const ingestUrl = `${base}/api/v1/records/ingest?orgId=${currentOrg.id}`;
  const projectOptions = projects.items.map((p) => ({ id: p.id, name: p.name }));
  const bitrixProject = settings.defaultProjectId ?? projectOptions[0]?.id;

  return (
    <>
      {header}
      <Card className="mb-6" aria-labelledby="ingest-title">
        <CardHeader
          titleId="ingest-title"
          title="Ingest webhook"
          description="POST a JSON body with recordingUrl and the call's details, signed with the ingest secret (or sent with an API key)."
        />
        <CardBody className="space-y-6">
          <UrlRow id="ingest-url" label="Delivery URL" url={ingestUrl} />
          <IngestSecretPanel {...settings.secret} />
          <DefaultProjectForm projects={projectOptions} current={settings.defaultProjectId} />
          <SigningExample ingestUrl={ingestUrl} />
        </CardBody>
      </Card>
      <Card aria-labelledby="bitrix24-title">
        <CardHeader
          titleId="bitrix24-title"
          title="Bitrix24"
          description="In Bitrix24, create an outbound webhook for the ONVOXIMPLANTCALLEND event (a call ended) pointing at the URL below, and an inbound webhook with the telephony and user scopes. Unanswered calls are skipped."
        />
        <CardBody className="space-y-6">
          <UrlRow
            id="bitrix24-handler-url"
            label="Outbound webhook handler URL"
            url={bitrixProject ? `${ingestUrl}&projectId=${bitrixProject}` : ingestUrl}
          />
          <Bitrix24Form connected={settings.bitrix24.connected} portal={settings.bitrix24.portal} />
        </CardBody>
      </Card>
    </>
  );
}
