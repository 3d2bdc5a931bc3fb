import { z } from "zod";
import { listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const listAuditLogQuery = listQuerySchema(["createdAt"], "createdAt", {
  action: z.string().trim().min(1).max(100).optional().describe("e.g. project.update"),
});

export const auditEntryDto = z.object({
  id: z.string(),
  actorType: z.enum(["user", "api_key", "integration", "system"]),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const auditLogOperations = defineOperations([
  {
    method: "get",
    path: "/audit-log",
    tag: "Audit log",
    summary: "Who changed what, newest first",
    query: listAuditLogQuery,
    response: auditEntryDto,
    paginated: true,
  },
]);
