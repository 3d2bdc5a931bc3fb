import { z } from "zod";
import {
  createProjectInput,
  PROJECT_SORT_FIELDS,
  projectDto,
  updateProjectInput,
} from "../../services/projects/project-schemas";
import { dateRangeQuerySchema, listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const listProjectsQuery = listQuerySchema(PROJECT_SORT_FIELDS, "createdAt", {
  q: z.string().trim().min(1).max(100).optional().describe("Part of the project name"),
});

export const deletedDto = z.object({ id: z.string(), deleted: z.literal(true) });

export const projectStatsDto = z.object({
  projectId: z.string(),
  totalRecords: z.number().int(),
  completedRecords: z.number().int(),
  failedRecords: z.number().int(),
  averageDuration: z.number().nullable().describe("Seconds"),
  averageQualityScore: z.number().nullable().describe("0-100; null until records are analysed"),
  compliancePassRate: z.number().nullable().describe("Share of analysed records that passed compliance, 0-1"),
  aiReviewerAgreement: z.number().nullable().describe("Share of criteria where QA reviewers kept the AI's answer, 0-1"),
  period: z.object({ from: z.iso.datetime().nullable(), to: z.iso.datetime().nullable() }),
});

export const projectOperations = defineOperations([
  {
    method: "get",
    path: "/projects",
    tag: "Projects",
    summary: "List projects",
    query: listProjectsQuery,
    response: projectDto,
    paginated: true,
  },
  {
    method: "post",
    path: "/projects",
    tag: "Projects",
    summary: "Create a project",
    description: "Settings left out take their defaults. Names are unique within an organization.",
    body: createProjectInput,
    response: projectDto,
    successStatus: 201,
    errors: [409],
  },
  { method: "get", path: "/projects/{id}", tag: "Projects", summary: "Get a project", response: projectDto, errors: [404] },
  {
    method: "patch",
    path: "/projects/{id}",
    tag: "Projects",
    summary: "Update a project",
    description: "Send only what changes; nested settings are merged key by key.",
    body: updateProjectInput,
    response: projectDto,
    errors: [404, 409],
  },
  {
    method: "delete",
    path: "/projects/{id}",
    tag: "Projects",
    summary: "Delete a project",
    description: "409 while the project still has records.",
    response: deletedDto,
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/projects/{id}/stats",
    tag: "Projects",
    summary: "Record totals and averages for a period",
    description: "`from`/`to` as ISO 8601 dates or date-times; a bare `to` date includes that whole day.",
    query: dateRangeQuerySchema,
    response: projectStatsDto,
    errors: [404],
  },
]);
