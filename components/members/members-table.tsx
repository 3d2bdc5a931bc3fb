import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { outranksOrEquals, type Role } from "@/lib/auth/roles";
import type { MemberDto } from "@/lib/services/members/member-schemas";
import { MemberRoleForm } from "./member-role-form";
import { RemoveMemberButton } from "./remove-member-button";
import { grantableRoles, roleLabel } from "./roles";

interface MembersTableProps {
  members: MemberDto[];
  currentUserId: string;
  /** The viewer's role, or null when they cannot manage members (read-only table). */
  managerRole: Role | null;
  organizationName: string;
}

export function MembersTable({ members, currentUserId, managerRole, organizationName }: MembersTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Member</TH>
          <TH>Role</TH>
          <TH>Joined</TH>
          <TH>Last sign-in</TH>
          {managerRole && (
            <TH>
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {members.map((m) => {
          const isSelf = m.id === currentUserId;
          // Mirrors the service rules so the row offers only what would succeed; the service still decides.
          const manageable = managerRole !== null && !isSelf && outranksOrEquals(managerRole, m.role);
          return (
            <TR key={m.id} data-testid={`member-${m.email}`}>
              <TD>
                <p className="font-medium text-slate-900">
                  {m.name}
                  {isSelf && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
                </p>
                <p className="text-slate-500">{m.email}</p>
              </TD>
              <TD>
                {manageable ? (
                  <MemberRoleForm userId={m.id} name={m.name} role={m.role} roles={grantableRoles(managerRole)} />
                ) : (
                  <Badge tone={m.role === "owner" ? "brand" : "neutral"}>{roleLabel(m.role)}</Badge>
                )}
              </TD>
              <TD className="whitespace-nowrap text-slate-500">
                <time dateTime={m.joinedAt}>{formatDate(m.joinedAt)}</time>
              </TD>
              <TD className="whitespace-nowrap text-slate-500">
                {m.lastLoginAt ? <time dateTime={m.lastLoginAt}>{formatDate(m.lastLoginAt)}</time> : "Never"}
              </TD>
              {managerRole && (
                <TD className="text-right">
                  {manageable && <RemoveMemberButton userId={m.id} name={m.name} organizationName={organizationName} />}
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
