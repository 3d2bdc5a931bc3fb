// GET /api/v1/exports/:id – status, size and a fresh download link · DELETE – delete the export and its file
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { deleteExport } from "@/lib/services/exports/delete-export";
import { getExport } from "@/lib/services/exports/get-export";

type Params = { id: string };

export const GET = withOrg<Params>(async ({ ctx, params }) => ok(await getExport(ctx, params.id)));

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteExport(ctx, params.id)));
