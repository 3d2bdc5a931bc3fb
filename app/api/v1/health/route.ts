// GET /api/v1/health – liveness probe (public, not rate limited)
import { ok } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import packageJson from "@/package.json";

const startedAt = Date.now();

export const GET = withPublic(
  async () => ok({ status: "ok" as const, version: packageJson.version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }),
  { rateLimit: false },
);
