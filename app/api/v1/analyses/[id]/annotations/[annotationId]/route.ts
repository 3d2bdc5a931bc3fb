// PATCH /api/v1/analyses/:id/annotations/:annotationId – edit your annotation · DELETE – delete it
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { deleteAnnotation, updateAnnotation } from "@/lib/services/reviews/annotations";

type Params = { id: string; annotationId: string };

export const PATCH = withOrg<Params>(async ({ req, ctx, params }) => ok(await updateAnnotation(ctx, params.id, params.annotationId, await readJson(req))));

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteAnnotation(ctx, params.id, params.annotationId)));
