// DELETE /api/v1/users/invitations/:id – revoke a pending invitation
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { revokeInvitation } from "@/lib/services/members/revoke-invitation";

export const DELETE = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await revokeInvitation(ctx, params.id)));
