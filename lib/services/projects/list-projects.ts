import { and, asc, count, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { projects } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toProjectDto, type PROJECT_SORT_FIELDS, type ProjectDto } from "./project-schemas";

export interface ListProjectsQuery extends PageRequest {
  sort: (typeof PROJECT_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  /** Case-insensitive substring of the name. */
  q?: string;
}

const SORT_COLUMNS = {
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
  // People expect "alpha" before "Bravo"; lower() also makes PGlite (C collation)
  // and PostgreSQL (locale collation) agree.
  name: sql`lower(${projects.name})`,
} as const;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listProjects(ctx: ServiceContext, query: ListProjectsQuery): Promise<Page<ProjectDto>> {
  assertCan(ctx, "org:read");
  const filters: SQL[] = [eq(projects.orgId, ctx.orgId)];
  if (query.from) filters.push(gte(projects.createdAt, query.from));
  if (query.to) filters.push(lte(projects.createdAt, query.to));
  if (query.q) filters.push(ilike(projects.name, `%${escapeLike(query.q)}%`));
  const where = and(...filters);
  const direction = query.order === "asc" ? asc : desc;

  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(projects)
      .where(where)
      // The id tie-break keeps pages stable when timestamps collide.
      .orderBy(direction(SORT_COLUMNS[query.sort]), direction(projects.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(projects).where(where),
  ]);
  return { items: rows.map(toProjectDto), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
