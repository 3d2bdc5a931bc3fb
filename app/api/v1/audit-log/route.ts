// GET /api/v1/audit-log – who changed what, newest first
import { listAuditLogQuery } from "@/lib/api/contracts/audit-log";
import { paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listAuditLog } from "@/lib/services/audit/list-audit-log";

export const GET = withOrg(async ({ req, ctx }) => {
  const page = await listAuditLog(ctx, parseQuery(req, listAuditLogQuery));
  return paged({ ...page, items: page.items.map((e) => ({ ...e, orgId: undefined })) });
});
