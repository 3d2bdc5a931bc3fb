import { randomUUID } from "node:crypto";

/**
 * Names one failure of a record for webhook de-duplication: the failed run's
 * event, which a retry of the record replaces with a new one. Inngest may
 * hand a failure handler an event without an id; each failure is then its own.
 */
export function failureKey(eventId: string, recordId: string): string {
  return `${recordId}:${eventId || randomUUID()}`;
}
