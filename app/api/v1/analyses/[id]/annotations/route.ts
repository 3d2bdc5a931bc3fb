// GET /api/v1/analyses/:id/annotations – list annotations · POST – annotate a span of the transcript
import { created, ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { createAnnotation, listAnnotations } from "@/lib/services/reviews/annotations";

export const GET = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await listAnnotations(ctx, params.id)));

export const POST = withOrg<{ id: string }>(async ({ req, ctx, params }) => created(await createAnnotation(ctx, params.id, await readJson(req))));
