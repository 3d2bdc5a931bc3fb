// GET|PATCH|DELETE /api/v1/projects/:id – read, update or delete one project
import { ok } from "@/lib/api/envelope";
import { withOrg } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { deleteProject } from "@/lib/services/projects/delete-project";
import { getProject } from "@/lib/services/projects/get-project";
import { updateProject } from "@/lib/services/projects/update-project";

type Params = { id: string };

export const GET = withOrg<Params>(async ({ ctx, params }) => ok(await getProject(ctx, params.id)));

export const PATCH = withOrg<Params>(async ({ req, ctx, params }) =>
  ok(await updateProject(ctx, params.id, await readJson(req))),
);

export const DELETE = withOrg<Params>(async ({ ctx, params }) => ok(await deleteProject(ctx, params.id)));
