// /invite/[token] – accept an invitation to an organization (new account or existing one)
import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthCard } from "@/components/auth/auth-card";
import { roleLabel } from "@/components/members/roles";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getInvitationByToken } from "@/lib/services/members/get-invitation-by-token";

export const metadata: Metadata = { title: "Accept invitation" };

const UNUSABLE = {
  accepted: {
    title: "This invitation has already been used",
    body: "If you accepted it, sign in with your email and password.",
  },
  revoked: {
    title: "This invitation was withdrawn",
    body: "Ask an administrator of the organization to send you a new one.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitation links work for a limited time. Ask an administrator for a new one.",
  },
  invalid: {
    title: "This invitation link is not valid",
    body: "Check that you copied the whole link, or ask an administrator for a new one.",
  },
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getInvitationByToken(await getDb(), token);
  const problem = !view ? "invalid" : view.status === "pending" ? null : view.status;

  if (!view || problem) {
    const { title, body } = UNUSABLE[problem ?? "invalid"];
    return (
      <AuthCard title={title} description={body}>
        <Link href="/login" className={buttonClasses("secondary")}>
          Go to sign in
        </Link>
      </AuthCard>
    );
  }

  const { invitation, organizationName, accountExists } = view;
  return (
    <AuthCard
      title={`Join ${organizationName}`}
      description={
        <>
          You have been invited as <span className="font-medium text-slate-700">{invitation.email}</span>.
        </>
      }
    >
      <dl className="mb-6 flex items-center justify-between rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-slate-200 ring-inset">
        <dt className="text-slate-500">Your role</dt>
        <dd>
          <Badge tone="brand">{roleLabel(invitation.role)}</Badge>
        </dd>
      </dl>
      <AcceptInvitationForm token={token} email={invitation.email} accountExists={accountExists} />
    </AuthCard>
  );
}
