import { eq } from "drizzle-orm";
import { transcripts } from "../../../db/schema";
import { AppError } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { findRecordRow } from "./get-record";

export async function getTranscript(ctx: ServiceContext, recordId: string) {
  assertCan(ctx, "org:read");
  const record = await findRecordRow(ctx, recordId);
  const [row] = await ctx.db.select().from(transcripts).where(eq(transcripts.recordId, recordId)).limit(1);
  if (!row) {
    // Say why there is none, so a client knows whether to wait or give up.
    const reason =
      record.status === "failed"
        ? `processing failed: ${record.error ?? "unknown error"}`
        : `the record is ${record.status}; try again when it is completed`;
    throw new AppError("NOT_FOUND", `No transcript yet: ${reason}`, { status: record.status });
  }
  return {
    recordId,
    provider: row.provider,
    segments: row.segments,
    text: row.text,
    talkMetrics: row.talkMetrics,
    createdAt: row.createdAt.toISOString(),
  };
}
