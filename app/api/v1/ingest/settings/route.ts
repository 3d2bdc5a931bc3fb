// GET/PATCH /api/v1/ingest/settings – whether an ingest secret is set, the default project, the Bitrix24 connection
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { getIngestSettings } from "@/lib/services/ingest/get-ingest-settings";
import { updateIngestSettings } from "@/lib/services/ingest/update-ingest-settings";

export const GET = withOrg(async ({ ctx }) => ok(await getIngestSettings(ctx)));

export const PATCH = withOrg(async ({ req, ctx }) => ok(await updateIngestSettings(ctx, await readJson(req))));
