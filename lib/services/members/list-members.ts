import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { memberships, users } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import type { Role } from "../../auth/roles";
import { assertCan, type ServiceContext } from "../context";
import type { MEMBER_SORT_FIELDS, MemberDto } from "./member-schemas";

export interface ListMembersQuery extends PageRequest {
  sort: (typeof MEMBER_SORT_FIELDS)[number];
  order: "asc" | "desc";
  role?: Role;
}

const SORT_COLUMNS = { joinedAt: memberships.createdAt, email: users.email, name: sql`lower(${users.name})` } as const;

export async function listMembers(ctx: ServiceContext, query: ListMembersQuery): Promise<Page<MemberDto>> {
  assertCan(ctx, "org:read");
  const where = and(eq(memberships.orgId, ctx.orgId), query.role ? eq(memberships.role, query.role) : undefined);
  const direction = query.order === "asc" ? asc : desc;
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: memberships.role,
        joinedAt: memberships.createdAt,
        lastLoginAt: users.lastLoginAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(direction(SORT_COLUMNS[query.sort]), direction(users.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(memberships).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      joinedAt: r.joinedAt.toISOString(),
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: totalRow?.total ?? 0,
  };
}
