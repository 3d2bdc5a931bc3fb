// GET /api/v1/auth/me – the signed-in user and their organizations
import { ok } from "@/lib/api/envelope";
import { withUser } from "@/lib/api/handler";
import { getMe } from "@/lib/services/accounts/get-me";

export const GET = withUser(async ({ db, userId, orgId }) => ok(await getMe(db, userId, orgId)));
