import { z } from "zod";
import { defineOperations } from "../openapi/operation";

export const healthDto = z.object({
  status: z.literal("ok"),
  version: z.string(),
  uptimeSeconds: z.number(),
});

export const readinessDto = z.object({
  status: z.enum(["ready", "not_ready"]),
  checks: z.record(z.string(), z.object({ status: z.enum(["ok", "error"]), latencyMs: z.number(), message: z.string().optional() })),
});

export const systemOperations = defineOperations([
  {
    method: "get",
    path: "/health",
    tag: "System",
    summary: "Liveness: the process answers",
    auth: "none",
    response: healthDto,
  },
  {
    method: "get",
    path: "/readiness",
    tag: "System",
    summary: "Readiness: the database and storage answer",
    description: "503 with the failing check when a dependency is down, so a load balancer can take the instance out.",
    auth: "none",
    response: readinessDto,
    errors: [503],
  },
]);
