import { z } from "zod";
import type { Project } from "../../../db/schema";
import { PROJECT_SETTINGS_DEFAULTS, projectSettingsPatchSchema, projectSettingsSchema, type ProjectSettings } from "./project-settings";

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

/**
 * Stored settings were validated when written; reading only fills in defaults
 * added since then. A plain merge does that at a fraction of a zod parse,
 * which matters on lists (bench/README.md).
 */
function withCurrentDefaults(stored: ProjectSettings): ProjectSettings {
  const defaults = PROJECT_SETTINGS_DEFAULTS;
  return {
    ...defaults,
    ...stored,
    redaction: { ...defaults.redaction, ...stored.redaction },
    summary: { ...defaults.summary, ...stored.summary },
    sentiment: { ...defaults.sentiment, ...stored.sentiment },
  };
}

export function toProjectDto(row: Pick<Project, "id" | "name" | "description" | "settings" | "createdAt" | "updatedAt">): ProjectDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    settings: withCurrentDefaults(row.settings),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
