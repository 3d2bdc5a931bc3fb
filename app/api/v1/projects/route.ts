// GET /api/v1/projects – list projects · POST /api/v1/projects – create a project
import { listProjectsQuery } from "@/lib/api/contracts/projects";
import { created, paged } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { createProject } from "@/lib/services/projects/create-project";
import { listProjects } from "@/lib/services/projects/list-projects";

export const GET = withOrg(async ({ req, ctx }) => paged(await listProjects(ctx, parseQuery(req, listProjectsQuery))));

export const POST = withOrg(async ({ req, ctx }) => created(await createProject(ctx, await readJson(req))));
