import type { Permission } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan, type ServiceContext } from "../context";

/**
 * The billing endpoints name the organization in the path. It must be the
 * one the request acts in (the key's, or the one picked with
 * X-Selected-Org-ID); any other answers 404 like every resource of another
 * organization, so ids cannot be probed. Then the role must allow it (403).
 */
export function assertBillingAccess(ctx: ServiceContext, orgId: string, permission: Extract<Permission, `billing:${string}`>): void {
  if (orgId !== ctx.orgId) {
    throw new AppError("NOT_FOUND", "Organization not found. A user in several organizations picks one with X-Selected-Org-ID.");
  }
  assertCan(ctx, permission);
}
