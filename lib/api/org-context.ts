import type { Db } from "../../db/client";
import { AppError } from "../errors";
import type { Actor } from "../services/context";
import { listUserOrganizations } from "../services/orgs/list-user-organizations";
import type { Principal } from "./authenticate";

export const SELECTED_ORG_HEADER = "x-selected-org-id";
/** The dashboard remembers the organization picked in its switcher in this cookie. */
export const SELECTED_ORG_COOKIE = "cs_org";

const orgNotFound = () => new AppError("NOT_FOUND", "Organization not found");

function cookieValue(req: Request, name: string): string | undefined {
  const cookie = req.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/**
 * Which organization a request acts in, and as what role. A key is bound to
 * its organization; naming any other one is a 404, exactly as if it did not
 * exist. A user picks with X-Selected-Org-ID, else their oldest membership.
 */
export async function resolveOrgContext(
  db: Db,
  principal: Principal,
  req: Request,
): Promise<{ orgId: string; actor: Actor }> {
  const selected = req.headers.get(SELECTED_ORG_HEADER)?.trim() || undefined;

  if (principal.kind === "apiKey") {
    const { key } = principal;
    if (selected && selected !== key.orgId) throw orgNotFound();
    return { orgId: key.orgId, actor: { type: "api_key", keyId: key.keyId, role: key.role, createdBy: key.createdBy } };
  }

  const organizations = await listUserOrganizations(db, principal.userId);
  let chosen = selected ? organizations.find((o) => o.id === selected) : undefined;
  if (selected && !chosen) throw orgNotFound();
  if (!chosen && principal.via === "session") {
    const remembered = cookieValue(req, SELECTED_ORG_COOKIE);
    chosen = organizations.find((o) => o.id === remembered);
  }
  chosen ??= organizations[0];
  if (!chosen) throw new AppError("FORBIDDEN", "You are not a member of any organization yet");
  return { orgId: chosen.id, actor: { type: "user", userId: principal.userId, role: chosen.role } };
}
