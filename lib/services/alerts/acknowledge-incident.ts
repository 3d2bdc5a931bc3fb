import type { ServiceContext } from "../context";
import { changeIncidentStatus } from "./change-incident-status";
import type { IncidentDto } from "./incident-schemas";

/** Someone is looking at it. Again on an acknowledged one: no change; on a resolved one: 409. */
export async function acknowledgeIncident(ctx: ServiceContext, id: string): Promise<IncidentDto> {
  return changeIncidentStatus(ctx, id, { to: "acknowledged", from: ["open"], done: ["acknowledged"] });
}
