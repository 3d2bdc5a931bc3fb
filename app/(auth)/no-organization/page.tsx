// /no-organization – shown to a signed-in person who no longer belongs to any organization
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(dashboard)/actions";
import { AuthCard } from "@/components/auth/auth-card";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { listUserOrganizations } from "@/lib/services/orgs/list-user-organizations";

export const metadata: Metadata = { title: "No organization" };

export default async function NoOrganizationPage() {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) redirect("/login");
  if ((await listUserOrganizations(db, user.id)).length > 0) redirect("/");

  return (
    <AuthCard
      title="You are not in any organization"
      description={`${user.email} is signed in but is not a member of an organization. Ask an administrator to invite you again.`}
    >
      <form action={signOutAction}>
        <Button type="submit" variant="secondary" className="w-full">
          Sign out
        </Button>
      </form>
    </AuthCard>
  );
}
