import { outranksOrEquals, ROLES, type Role } from "@/lib/auth/roles";

/** What each role can do, in the words a person choosing one needs. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including billing",
  admin: "Manage members, API keys and projects",
  supervisor: "Manage projects, upload records, review",
  reviewer: "Review and annotate records",
  viewer: "Read-only access",
};

export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** Services refuse to grant more than the actor holds, so the form does not offer it. */
export function grantableRoles(actorRole: Role, roles: readonly Role[] = ROLES): Role[] {
  return roles.filter((r) => outranksOrEquals(actorRole, r));
}
