// GET /api/v1/alerts – list alert rules · POST /api/v1/alerts – create an alert rule
import { listAlertRulesQuery } from "@/lib/api/contracts/alerts";
import { created, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createAlertRule } from "@/lib/services/alerts/create-alert-rule";
import { listAlertRules } from "@/lib/services/alerts/list-alert-rules";

export const GET = withOrg(async ({ req, ctx }) => paged(await listAlertRules(ctx, parseQuery(req, listAlertRulesQuery))));

export const POST = withOrg(async ({ req, ctx }) => created(await createAlertRule(ctx, await readJson(req))));
