import { z } from "zod";
import type { Project } from "../../../db/schema";
import { projectSettingsPatchSchema, projectSettingsSchema } from "./project-settings";

const name = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");
const description = z.string().trim().max(2000, "must be at most 2000 characters");

export const createProjectInput = z.strictObject({
  name,
  description: description.optional(),
  settings: projectSettingsSchema.optional(),
});
export type CreateProjectInput = z.input<typeof createProjectInput>;

export const updateProjectInput = z
  .strictObject({
    name: name.optional(),
    description: description.optional(),
    settings: projectSettingsPatchSchema.optional(),
  })
  .refine((v) => Object.values(v).some((field) => field !== undefined), {
    message: "Provide at least one of name, description, settings",
  });
export type UpdateProjectInput = z.input<typeof updateProjectInput>;

export const PROJECT_SORT_FIELDS = ["createdAt", "updatedAt", "name"] as const;

export const projectDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  settings: projectSettingsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectDto = z.infer<typeof projectDto>;

export function toProjectDto(row: Project): ProjectDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    settings: projectSettingsSchema.parse(row.settings),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
