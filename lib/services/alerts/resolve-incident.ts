import type { ServiceContext } from "../context";
import { changeIncidentStatus } from "./change-incident-status";
import type { IncidentDto } from "./incident-schemas";

/** Done with it, acknowledged first or not. Again on a resolved one: no change. */
export async function resolveIncident(ctx: ServiceContext, id: string): Promise<IncidentDto> {
  return changeIncidentStatus(ctx, id, { to: "resolved", from: ["open", "acknowledged"], done: ["resolved"] });
}
