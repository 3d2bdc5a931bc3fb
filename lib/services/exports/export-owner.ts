import { and, eq, isNull, type SQL } from "drizzle-orm";
import { recordExports } from "../../../db/schema";
import { forbidden } from "../../errors";
import type { Actor, ServiceContext } from "../context";

/**
 * Who an export belongs to. A file holds what its requester's role may read
 * (unmasked phone numbers for a supervisor), so only the same user, or the
 * same API key, sees it: not other members, and not a lower-role key its
 * creator made.
 */
export function exportOwnerOf(actor: Actor): { requestedByType: "user" | "api_key" | "system"; requestedById: string | null } {
  if (actor.type === "user") return { requestedByType: "user", requestedById: actor.userId };
  if (actor.type === "api_key") return { requestedByType: "api_key", requestedById: actor.keyId };
  if (actor.type === "system") return { requestedByType: "system", requestedById: null };
  throw forbidden("Integrations can only deliver records");
}

/** The actor's own exports in the organization. */
export function ownExportsWhere(ctx: ServiceContext): SQL {
  const owner = exportOwnerOf(ctx.actor);
  return and(
    eq(recordExports.orgId, ctx.orgId),
    eq(recordExports.requestedByType, owner.requestedByType),
    owner.requestedById === null ? isNull(recordExports.requestedById) : eq(recordExports.requestedById, owner.requestedById),
  )!;
}

/** Every object of an export lives under one prefix, so deleting it is one call. */
export function exportObjectPrefix(exportId: string): string {
  return `exports/${exportId}/`;
}

export function exportObjectKey(exportId: string, format: string): string {
  return `${exportObjectPrefix(exportId)}records.${format}`;
}
