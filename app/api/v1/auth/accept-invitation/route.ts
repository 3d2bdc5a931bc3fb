// POST /api/v1/auth/accept-invitation – join an organization with the token from an invitation link
import { ok } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { acceptInvitation } from "@/lib/services/members/accept-invitation";

export const POST = withPublic(async ({ req, db }) => ok(await acceptInvitation(await db(), await readJson(req))));
