// GET /api/v1/analyses/:id/review – the QA review and its history · POST – submit a review (or a draft)
import { created, ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { getReview, submitReview } from "@/lib/services/reviews/reviews";

export const GET = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await getReview(ctx, params.id)));

export const POST = withOrg<{ id: string }>(async ({ req, ctx, params }) => created(await submitReview(ctx, params.id, await readJson(req))));
