// GET /api/v1/readiness – database and storage checks (public, not rate limited)
import { ok } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import { checkReadiness } from "@/lib/services/system/check-readiness";

export const GET = withPublic(
  async ({ db }) => {
    const report = await checkReadiness(db);
    return ok(report, { status: report.status === "ready" ? 200 : 503 });
  },
  { rateLimit: false },
);
