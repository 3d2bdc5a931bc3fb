// POST /api/v1/records/:id/retry – run a failed record through the pipeline again
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { retryRecord } from "@/lib/services/records/retry-record";

export const POST = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await retryRecord(ctx, params.id)));
