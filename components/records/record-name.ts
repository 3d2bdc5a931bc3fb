import type { RecordDto } from "@/lib/services/records/record-schemas";

/** What people call a record: its title, else the uploaded file's name, else its external id, else its id. */
export function recordName(record: Pick<RecordDto, "id" | "title" | "externalId" | "originalFilename">): string {
  return record.title ?? record.originalFilename ?? record.externalId ?? record.id;
}
