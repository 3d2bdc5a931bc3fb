// POST /api/v1/ingest/secret – generate (or replace) the ingest secret; shown once
import { created } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { rotateIngestSecret } from "@/lib/services/ingest/rotate-ingest-secret";

export const POST = withOrg(async ({ ctx }) => created(await rotateIngestSecret(ctx)));
