import type { Db } from "../../../db/client";
import { auditLog } from "../../../db/schema";
import { newId } from "../../ids";
import { actorRef, type ServiceContext } from "../context";

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string | null;
  changes?: Record<string, unknown>;
}

/** Call with the transaction that makes the change, so the entry and the change commit together. */
export async function recordAudit(tx: Db, ctx: Pick<ServiceContext, "orgId" | "actor" | "requestId">, input: AuditInput) {
  await tx.insert(auditLog).values({
    id: newId("audit"),
    orgId: ctx.orgId,
    ...actorRef(ctx.actor),
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    changes: input.changes ?? null,
    requestId: ctx.requestId ?? null,
  });
}

/** Before/after of the fields that actually changed. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, unknown> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changes[key] = { from: before[key], to: value };
  }
  return changes;
}
