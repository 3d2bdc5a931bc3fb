import { and, asc, count, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { projects } from "../../../db/schema";
import { containsPattern } from "../../db/like";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { preparedFor } from "../../db/prepared";
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

/** The filters a query uses decide the statement; their values are placeholders. */
function whereFor(query: ListProjectsQuery): SQL {
  const filters: SQL[] = [eq(projects.orgId, sql.placeholder("orgId"))];
  if (query.from) filters.push(gte(projects.createdAt, sql.placeholder("from")));
  if (query.to) filters.push(lte(projects.createdAt, sql.placeholder("to")));
  if (query.q) filters.push(ilike(projects.name, sql.placeholder("pattern")));
  return and(...filters)!;
}

function pageStatement(db: Db, query: ListProjectsQuery) {
  const key = `projects.page:${query.sort}:${query.order}:${Boolean(query.from)}:${Boolean(query.to)}:${Boolean(query.q)}`;
  return preparedFor(db, key, () => {
    const direction = query.order === "asc" ? asc : desc;
    return (
      db
        // The window count gives the total with the page: one round trip instead of two.
        .select({
          id: projects.id,
          name: projects.name,
          description: projects.description,
          settings: projects.settings,
          createdAt: projects.createdAt,
          updatedAt: projects.updatedAt,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(projects)
        .where(whereFor(query))
        // The id tie-break keeps pages stable when timestamps collide.
        .orderBy(direction(SORT_COLUMNS[query.sort]), direction(projects.id))
        .limit(sql.placeholder("limit"))
        .offset(sql.placeholder("offset"))
        .prepare(key.replace(/\W/g, "_"))
    );
  });
}

export async function listProjects(ctx: ServiceContext, query: ListProjectsQuery): Promise<Page<ProjectDto>> {
  assertCan(ctx, "org:read");
  const values = {
    orgId: ctx.orgId,
    from: query.from,
    to: query.to,
    pattern: query.q ? containsPattern(query.q) : undefined,
    limit: query.pageSize,
    offset: offsetOf(query),
  };
  const rows = await pageStatement(ctx.db, query).execute(values);
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end has no rows to carry the count; ask for it separately.
    const [row] = await ctx.db.select({ total: count() }).from(projects).where(whereFor(query)).execute(values);
    total = row?.total ?? 0;
  }
  return { items: rows.map(toProjectDto), page: query.page, pageSize: query.pageSize, total };
}
