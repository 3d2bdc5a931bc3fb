// GET /api/v1/records – list records · POST /api/v1/records – create a chat, email or call from JSON
import { listRecordsQuery } from "@/lib/api/contracts/records";
import { ok, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createRecord } from "@/lib/services/records/create-record";
import { listRecords } from "@/lib/services/records/list-records";

export const GET = withOrg(async ({ req, ctx }) => paged(await listRecords(ctx, parseQuery(req, listRecordsQuery))));

export const POST = withOrg(async ({ req, ctx }) => {
  const { record, created } = await createRecord(ctx, await readJson(req));
  return ok(record, { status: created ? 201 : 200 });
});
