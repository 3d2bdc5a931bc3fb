import { roleLabel } from "@/components/members/roles";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { ApiKeyDto } from "@/lib/services/api-keys/api-key-schemas";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const STATUS_TONE: Record<ApiKeyDto["status"], BadgeTone> = { active: "success", revoked: "danger", expired: "warning" };

export function ApiKeysTable({ keys }: { keys: ApiKeyDto[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Name</TH>
          <TH>Key</TH>
          <TH>Role</TH>
          <TH>Status</TH>
          <TH>Last used</TH>
          <TH>Created</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {keys.map((k) => (
          <TR key={k.id} data-testid={`api-key-${k.id}`}>
            <TD className="font-medium text-slate-900">{k.name}</TD>
            <TD className="font-mono text-xs whitespace-nowrap text-slate-500">{k.prefix}…</TD>
            <TD>
              <Badge>{roleLabel(k.role)}</Badge>
            </TD>
            <TD>
              <Badge tone={STATUS_TONE[k.status]} className="capitalize">
                {k.status}
              </Badge>
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              {k.lastUsedAt ? <time dateTime={k.lastUsedAt}>{formatDateTime(k.lastUsedAt)}</time> : "Never"}
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={k.createdAt}>{formatDate(k.createdAt)}</time>
            </TD>
            <TD className="text-right">{k.status === "active" && <RevokeApiKeyButton id={k.id} name={k.name} />}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
