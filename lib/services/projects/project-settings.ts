import { z } from "zod";

/**
 * A project's analysis settings, stored as JSON and validated on every write.
 * Later capabilities (scorecards, redaction) extend this schema; unknown keys
 * are refused so a typo never silently does nothing.
 */
export const REDACTION_ENTITIES = ["cardNumber", "nationalId", "email", "phone"] as const;

const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a language tag such as en or en-US");

const retentionDays = z
  .number("must be a number of days")
  .int("must be a whole number of days")
  .min(1, "must be at least 1 day")
  .max(3650, "must be at most 3650 days");

export const redactionSettingsSchema = z.strictObject({
  enabled: z.boolean().default(false),
  entities: z
    .array(z.enum(REDACTION_ENTITIES))
    .max(REDACTION_ENTITIES.length)
    .default([...REDACTION_ENTITIES]),
  keepOriginalAudio: z.boolean().default(false),
});

export const projectSettingsSchema = z.strictObject({
  language: languageTag.default("en-US"),
  /** Which stereo channel carries the agent; a record may override it. */
  agentChannel: z.enum(["left", "right"]).default("left"),
  redaction: redactionSettingsSchema.prefault({}),
  summary: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
  sentiment: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
  /** Days to keep records; null keeps them until deleted. */
  retentionDays: retentionDays.nullable().default(null),
});

export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/** What PATCH accepts: any subset, nested objects merged key by key. */
export const projectSettingsPatchSchema = z.strictObject({
  language: languageTag.optional(),
  agentChannel: z.enum(["left", "right"]).optional(),
  redaction: z
    .strictObject({
      enabled: z.boolean().optional(),
      entities: z.array(z.enum(REDACTION_ENTITIES)).max(REDACTION_ENTITIES.length).optional(),
      keepOriginalAudio: z.boolean().optional(),
    })
    .optional(),
  summary: z.strictObject({ enabled: z.boolean().optional() }).optional(),
  sentiment: z.strictObject({ enabled: z.boolean().optional() }).optional(),
  retentionDays: retentionDays.nullable().optional(),
});

export type ProjectSettingsPatch = z.infer<typeof projectSettingsPatchSchema>;

/** Read-only: spread it, never change it. */
export const PROJECT_SETTINGS_DEFAULTS: Readonly<ProjectSettings> = Object.freeze(projectSettingsSchema.parse({}));

/** A fresh copy each time, so callers may change it. */
export function defaultProjectSettings(): ProjectSettings {
  return structuredClone(PROJECT_SETTINGS_DEFAULTS) as ProjectSettings;
}

export function mergeProjectSettings(current: ProjectSettings, patch: ProjectSettingsPatch): ProjectSettings {
  return projectSettingsSchema.parse({
    ...current,
    ...patch,
    redaction: { ...current.redaction, ...patch.redaction },
    summary: { ...current.summary, ...patch.summary },
    sentiment: { ...current.sentiment, ...patch.sentiment },
  });
}
