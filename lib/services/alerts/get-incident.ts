import { and, eq } from "drizzle-orm";
import { alertIncidents, records } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toIncidentDto, type IncidentDto, type IncidentWithTitle } from "./incident-schemas";

export async function findIncidentRow(ctx: ServiceContext, id: string): Promise<IncidentWithTitle> {
  const [row] = await ctx.db
    .select({ incident: alertIncidents, recordTitle: records.title })
    .from(alertIncidents)
    .innerJoin(records, eq(records.id, alertIncidents.recordId))
    .where(and(eq(alertIncidents.id, id), eq(alertIncidents.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Incident");
  return { ...row.incident, recordTitle: row.recordTitle };
}

export async function getIncident(ctx: ServiceContext, id: string): Promise<IncidentDto> {
  assertCan(ctx, "alerts:read");
  return toIncidentDto(await findIncidentRow(ctx, id));
}
