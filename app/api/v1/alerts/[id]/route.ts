// GET|PATCH|DELETE /api/v1/alerts/:id – read, update (enable, disable) or delete one alert rule
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { deleteAlertRule } from "@/lib/services/alerts/delete-alert-rule";
import { getAlertRule } from "@/lib/services/alerts/get-alert-rule";
import { updateAlertRule } from "@/lib/services/alerts/update-alert-rule";

type Params = { id: string };

export const GET = withOrg<Params>(async ({ ctx, params }) => ok(await getAlertRule(ctx, params.id)));

export const PATCH = withOrg<Params>(async ({ req, ctx, params }) => ok(await updateAlertRule(ctx, params.id, await readJson(req))));

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteAlertRule(ctx, params.id)));
