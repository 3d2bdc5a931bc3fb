import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db/client";
import type { User } from "../../db/schema";
import { SELECTED_ORG_COOKIE } from "../api/org-context";
import { getSessionUser } from "../auth/session";
import { randomBase62 } from "../ids";
import type { ServiceContext } from "../services/context";
import { listUserOrganizations, type UserOrganization } from "../services/orgs/list-user-organizations";

export interface DashboardContext {
  ctx: ServiceContext;
  user: User;
  organizations: UserOrganization[];
  currentOrg: UserOrganization;
}

/**
 * Who is looking at the dashboard and in which organization. Every page and
 * action calls this itself (a layout's check does not protect a page), and
 * `cache` makes the layout and the page of one request share a single lookup.
 */
export const getDashboardContext = cache(async (): Promise<DashboardContext> => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) redirect("/login");

  const organizations = await listUserOrganizations(db, user.id);
  const remembered = (await cookies()).get(SELECTED_ORG_COOKIE)?.value;
  // A stale cookie (left the organization, another person on this browser) falls back to the oldest membership.
  const currentOrg = organizations.find((o) => o.id === remembered) ?? organizations[0];
  if (!currentOrg) redirect("/no-organization");

  return {
    ctx: {
      db,
      orgId: currentOrg.id,
      actor: { type: "user", userId: user.id, role: currentOrg.role },
      requestId: `req_${randomBase62(20)}`,
    },
    user,
    organizations,
    currentOrg,
  };
});
