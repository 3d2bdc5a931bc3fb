import type { IngestSettingsRow } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../context";
import { findIngestSettingsRow } from "./ingest-settings-row";
import type { IngestSettingsDto } from "./ingest-schemas";

export function toIngestSettingsDto(row: IngestSettingsRow | undefined): IngestSettingsDto {
  return {
    secret: {
      configured: Boolean(row?.secretSealed),
      prefix: row?.secretPrefix ?? null,
      createdAt: row?.secretCreatedAt?.toISOString() ?? null,
    },
    defaultProjectId: row?.defaultProjectId ?? null,
    bitrix24: { connected: Boolean(row?.bitrix24TokenSealed), portal: row?.bitrix24Portal ?? null },
  };
}

/** Never returns a secret: only whether one is set and how it starts. */
export async function getIngestSettings(ctx: ServiceContext): Promise<IngestSettingsDto> {
  assertCan(ctx, "integrations:manage");
  return toIngestSettingsDto(await findIngestSettingsRow(ctx.db, ctx.orgId));
}
