import type { Db } from "../../../db/client";
import type { RecordRow } from "../../../db/schema";
import { recordEventData } from "./event-data";
import { publishWebhookEvent } from "./publish-event";

/**
 * record.completed or record.failed for a record just updated. Call it in the
 * transaction of that update; `dedupeKey` names this completion or failure
 * (the analysis, the failed run), so a replayed step sends it once.
 */
export async function publishRecordEvent(
  db: Db,
  row: RecordRow,
  type: "record.completed" | "record.failed",
  dedupeKey: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await publishWebhookEvent(db, {
    orgId: row.orgId,
    type,
    data: recordEventData(row, extra),
    dedupeKey,
    occurredAt: row.updatedAt,
  });
}
