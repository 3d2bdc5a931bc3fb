// /settings/members – who is in the organization: invite, change roles, remove, revoke pending invitations
import type { Metadata } from "next";
import { InvitationsTable } from "@/components/members/invitations-table";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MembersTable } from "@/components/members/members-table";
import { grantableRoles } from "@/components/members/roles";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listInvitations } from "@/lib/services/members/list-invitations";
import { listMembers } from "@/lib/services/members/list-members";

export const metadata: Metadata = { title: "Members" };

const PAGE_SIZE = 50;

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, currentOrg, user } = await getDashboardContext();
  const page = pageFromSearchParam((await searchParams).page);
  const canManage = can(currentOrg.role, "members:manage");
  const [members, invitations] = await Promise.all([
    listMembers(ctx, { page, pageSize: PAGE_SIZE, sort: "joinedAt", order: "asc" }),
    canManage ? listInvitations(ctx) : Promise.resolve([]),
  ]);

  return (
    <>
      <PageHeader title="Members" description={`People who can sign in to ${currentOrg.name}, and what their role lets them do.`} />
      {canManage && (
        <Card className="mb-6" aria-labelledby="invite-title">
          <CardHeader
            titleId="invite-title"
            title="Invite a member"
            description="You get a link to send to them. They choose a password when they accept."
          />
          <CardBody>
            <InviteMemberForm roles={grantableRoles(currentOrg.role)} />
          </CardBody>
        </Card>
      )}
      <Card className="mb-6" aria-labelledby="members-title">
        <CardHeader titleId="members-title" title="Members" />
        <MembersTable
          members={members.items}
          currentUserId={user.id}
          managerRole={canManage ? currentOrg.role : null}
          organizationName={currentOrg.name}
        />
        {members.total > PAGE_SIZE && (
          <Pagination page={page} pageSize={PAGE_SIZE} total={members.total} basePath="/settings/members" noun="members" />
        )}
      </Card>
      {canManage && (
        <Card aria-labelledby="invitations-title">
          <CardHeader titleId="invitations-title" title="Pending invitations" description="Links that have not been used yet." />
          {invitations.length > 0 ? (
            <InvitationsTable invitations={invitations} />
          ) : (
            <EmptyState title="No pending invitations" />
          )}
        </Card>
      )}
    </>
  );
}
