// GET /api/v1/users – list the organization's members
import { listMembersQuery } from "@/lib/api/contracts/users";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listMembers } from "@/lib/services/members/list-members";

export const GET = withOrg(async ({ req, ctx }) => paged(await listMembers(ctx, parseQuery(req, listMembersQuery))));
