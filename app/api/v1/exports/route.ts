// GET /api/v1/exports – list your exports · POST /api/v1/exports – export records to CSV, JSON or PDF
import { listExportsQuery } from "@/lib/api/contracts/exports";
import { ok, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createExport } from "@/lib/services/exports/create-export";
import { listExports } from "@/lib/services/exports/list-exports";

export const GET = withOrg(async ({ req, ctx }) => paged(await listExports(ctx, parseQuery(req, listExportsQuery))));

export const POST = withOrg(async ({ req, ctx }) => ok(await createExport(ctx, await readJson(req)), { status: 202 }));
