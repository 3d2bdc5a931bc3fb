import { and, eq, inArray } from "drizzle-orm";
import { alertIncidents, type IncidentStatus } from "../../../db/schema";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { findIncidentRow } from "./get-incident";
import { toIncidentDto, type IncidentDto } from "./incident-schemas";

interface Transition {
  to: "acknowledged" | "resolved";
  /** Where the move is allowed from. */
  from: readonly IncidentStatus[];
  /** States the request is already satisfied in: answered as they are, nothing written. */
  done: readonly IncidentStatus[];
}

/**
 * Moves an incident along open → acknowledged → resolved. Asking again for
 * the state it is in changes nothing (so a retried request is harmless); the
 * update is conditional on the state read, so two people clicking at once
 * write one change.
 */
export async function changeIncidentStatus(ctx: ServiceContext, id: string, transition: Transition): Promise<IncidentDto> {
  assertCan(ctx, "alerts:manage");
  return ctx.db.transaction(async (tx) => {
    const current = await findIncidentRow({ ...ctx, db: tx }, id);
    if (transition.done.includes(current.status)) return toIncidentDto(current);
    if (!transition.from.includes(current.status)) {
      throw new AppError("CONFLICT", `The incident is ${current.status}; it cannot be ${transition.to}`, { status: current.status });
    }
    const now = new Date();
    const by = actorUserId(ctx.actor);
    const [updated] = await tx
      .update(alertIncidents)
      .set(transition.to === "acknowledged" ? { status: "acknowledged", acknowledgedBy: by, acknowledgedAt: now } : { status: "resolved", resolvedBy: by, resolvedAt: now })
      .where(and(eq(alertIncidents.id, id), eq(alertIncidents.orgId, ctx.orgId), inArray(alertIncidents.status, [...transition.from])))
      .returning();
    if (!updated) {
      // Someone else moved it between the read and the update: answer with what it is now.
      const latest = await findIncidentRow({ ...ctx, db: tx }, id);
      if (transition.done.includes(latest.status)) return toIncidentDto(latest);
      throw new AppError("CONFLICT", `The incident is ${latest.status}; it cannot be ${transition.to}`, { status: latest.status });
    }
    await recordAudit(tx, ctx, {
      action: transition.to === "acknowledged" ? "incident.acknowledge" : "incident.resolve",
      targetType: "incident",
      targetId: id,
      changes: { status: { from: current.status, to: transition.to } },
    });
    return toIncidentDto({ ...updated, recordTitle: current.recordTitle });
  });
}
