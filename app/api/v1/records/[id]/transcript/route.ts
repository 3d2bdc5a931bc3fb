// GET /api/v1/records/:id/transcript – speaker turns with times and word timings
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { getTranscript } from "@/lib/services/records/get-transcript";

export const GET = withOrg<{ id: string }>(async ({ ctx, params }) => ok(await getTranscript(ctx, params.id)));
