// GET /api/v1/records/:id – one record · DELETE – delete it with its transcript and audio
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { deleteRecord } from "@/lib/services/records/delete-record";
import { getRecord } from "@/lib/services/records/get-record";

type Params = { id: string };

export const GET = withOrg<Params>(async ({ ctx, params }) => ok(await getRecord(ctx, params.id)));

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteRecord(ctx, params.id)));
