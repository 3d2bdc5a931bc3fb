// POST /api/v1/records/upload – upload a recording (multipart, streamed); answers with the pending record
import { created } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { uploadRecord } from "@/lib/services/records/upload-record";

export const POST = withOrg(async ({ req, ctx }) =>
  created(await uploadRecord(ctx, { body: req.body, contentType: req.headers.get("content-type") ?? "" })),
);
