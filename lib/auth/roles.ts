/**
 * The role matrix. Services are the only place it is enforced (assertCan),
 * so the API, the dashboard and jobs cannot disagree. docs/roles.md mirrors
 * this table; roles.test.ts keeps the two in step.
 */
export const ROLES = ["owner", "admin", "supervisor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "org:read",
  "projects:manage",
  "records:write",
  "reviews:write",
  "alerts:read",
  "alerts:manage",
  "pii:read",
  "members:manage",
  "apiKeys:manage",
  "integrations:manage",
  "webhooks:manage",
  "audit:read",
  "billing:read",
  "billing:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MATRIX: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  // Everything but changing budgets, which stays with the owners who pay.
  admin: PERMISSIONS.filter((p) => p !== "billing:manage"),
  supervisor: ["org:read", "projects:manage", "records:write", "reviews:write", "alerts:read", "alerts:manage", "pii:read"],
  // Reviewers see why a call was flagged; closing an incident is a supervisor's call.
  reviewer: ["org:read", "reviews:write", "alerts:read"],
  viewer: ["org:read"],
};

/** Higher rank = more authority; used to stop people granting more than they hold. */
const RANK: Record<Role, number> = { owner: 5, admin: 4, supervisor: 3, reviewer: 2, viewer: 1 };

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return MATRIX[role];
}

export function outranksOrEquals(a: Role, b: Role): boolean {
  return RANK[a] >= RANK[b];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
