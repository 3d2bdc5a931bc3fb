// PATCH /api/v1/users/:id – change a member's role · DELETE – remove them from the organization
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { changeMemberRole } from "@/lib/services/members/change-member-role";
import { removeMember } from "@/lib/services/members/remove-member";

type Params = { id: string };

export const PATCH = withOrg<Params>(async ({ req, ctx, params }) =>
  ok(await changeMemberRole(ctx, params.id, await readJson(req))),
);

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await removeMember(ctx, params.id)));
