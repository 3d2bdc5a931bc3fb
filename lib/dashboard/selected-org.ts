import "server-only";

import { cookies } from "next/headers";
import { SELECTED_ORG_COOKIE } from "../api/org-context";
import { config } from "../config";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Remembers the organization picked in the dashboard. Only an id, not a
 * secret: every request still checks the signed-in user's memberships.
 */
export async function rememberSelectedOrg(orgId: string): Promise<void> {
  (await cookies()).set(SELECTED_ORG_COOKIE, orgId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: config().appUrl.startsWith("https://"),
    maxAge: ONE_YEAR_SECONDS,
  });
}

export async function forgetSelectedOrg(): Promise<void> {
  (await cookies()).delete(SELECTED_ORG_COOKIE);
}
