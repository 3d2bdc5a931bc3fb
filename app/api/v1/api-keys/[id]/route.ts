// DELETE /api/v1/api-keys/:id – revoke a key
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";

export const DELETE = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await revokeApiKey(ctx, params.id)));
