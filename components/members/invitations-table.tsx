import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { InvitationDto } from "@/lib/services/members/member-schemas";
import { RevokeInvitationButton } from "./revoke-invitation-button";
import { roleLabel } from "./roles";

export function InvitationsTable({ invitations }: { invitations: InvitationDto[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Email</TH>
          <TH>Role</TH>
          <TH>Invited</TH>
          <TH>Expires</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {invitations.map((inv) => (
          <TR key={inv.id} data-testid={`invitation-${inv.email}`}>
            <TD className="font-medium text-slate-900">{inv.email}</TD>
            <TD>
              <Badge>{roleLabel(inv.role)}</Badge>
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={inv.createdAt}>{formatDate(inv.createdAt)}</time>
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={inv.expiresAt}>{formatDate(inv.expiresAt)}</time>
            </TD>
            <TD className="text-right">
              <RevokeInvitationButton invitationId={inv.id} email={inv.email} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
