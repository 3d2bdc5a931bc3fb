// GET /api/v1/users/invitations – pending invitations
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { listInvitations } from "@/lib/services/members/list-invitations";

export const GET = withOrg(async ({ ctx }) => ok(await listInvitations(ctx)));
