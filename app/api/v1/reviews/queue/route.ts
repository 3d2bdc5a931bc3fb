// GET /api/v1/reviews/queue – analyses waiting for a QA review, most urgent first
import { reviewQueueQuery } from "@/lib/api/contracts/reviews";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listReviewQueue } from "@/lib/services/reviews/review-queue";

export const GET = withOrg(async ({ req, ctx }) => paged(await listReviewQueue(ctx, parseQuery(req, reviewQueueQuery))));
