import type { Db } from "../../db/client";
import { can, type Permission, type Role } from "../auth/roles";
import { forbidden } from "../errors";

/** Who is acting. API keys act with their own role, never more than their creator had. */
export type Actor =
  | { type: "user"; userId: string; role: Role }
  | { type: "api_key"; keyId: string; role: Role; createdBy: string | null }
  | { type: "system"; role: "owner" }
  /** A telephony or CRM system proven by the organization's ingest secret or Bitrix24 token; it may only deliver records. */
  | { type: "integration"; integration: "ingest_secret" | "bitrix24"; role: "supervisor" };

/** Every organization-scoped service verb takes this first. */
export interface ServiceContext {
  db: Db;
  orgId: string;
  actor: Actor;
  requestId?: string;
}

export function assertCan(ctx: ServiceContext, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) throw forbidden();
}

export function actorUserId(actor: Actor): string | null {
  if (actor.type === "user") return actor.userId;
  if (actor.type === "api_key") return actor.createdBy;
  return null;
}

export function actorRef(actor: Actor): {
  actorType: "user" | "api_key" | "integration" | "system";
  actorId: string | null;
} {
  if (actor.type === "user") return { actorType: "user", actorId: actor.userId };
  if (actor.type === "api_key") return { actorType: "api_key", actorId: actor.keyId };
  if (actor.type === "integration") return { actorType: "integration", actorId: actor.integration };
  return { actorType: "system", actorId: null };
}

export function systemContext(db: Db, orgId: string): ServiceContext {
  return { db, orgId, actor: { type: "system", role: "owner" } };
}
