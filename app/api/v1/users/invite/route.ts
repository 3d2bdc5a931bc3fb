// POST /api/v1/users/invite – invite someone by email; answers with the acceptance link
import { created } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { inviteMember } from "@/lib/services/members/invite-member";

export const POST = withOrg(async ({ req, ctx }) => created(await inviteMember(ctx, await readJson(req))));
