// GET /api/v1/api-keys – list keys · POST /api/v1/api-keys – create one (its secret is shown once)
import { created, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { paginationQuerySchema } from "@/lib/api/list-query";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";

export const GET = withOrg(async ({ req, ctx }) => paged(await listApiKeys(ctx, parseQuery(req, paginationQuerySchema))));

export const POST = withOrg(async ({ req, ctx }) => created(await createApiKey(ctx, await readJson(req))));
