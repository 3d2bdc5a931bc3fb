// POST /api/v1/records/ingest – a telephony or CRM system delivers a call: generic JSON or Bitrix24's call-end event
import { created, ok } from "@/lib/api/envelope";
import { apiDeps, withPublic } from "@/lib/api/handler";
import { authenticateIngest } from "@/lib/api/ingest-auth";
import { readRawBody } from "@/lib/api/parse";
import { ingestRecord } from "@/lib/services/ingest/ingest-record";

export const POST = withPublic(async ({ req, db, requestId }) => {
  const raw = await readRawBody(req);
  const { ctx, delivery } = await authenticateIngest(req, await db(), raw, apiDeps.lookupSession);
  const projectId = new URL(req.url).searchParams.get("projectId")?.trim() || undefined;
  const outcome = await ingestRecord({ ...ctx, requestId }, delivery, { projectId });
  if ("ignored" in outcome) return ok(outcome);
  return outcome.created ? created(outcome.record) : ok(outcome.record);
});
