import { z } from "zod";
import { RECORD_SOURCES, RECORD_STATUSES, RECORD_TYPES, type RecordRow } from "../../../db/schema";
import { can, type Role } from "../../auth/roles";
import { maskPhone } from "./mask-phone";

const shortText = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** Metadata a sender attaches to any record (upload, ingest or JSON). */
export const recordMetadataInput = z.strictObject({
  title: shortText(200).optional(),
  agentName: shortText(200).optional(),
  customerPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{3,32}$/, "must be a phone number such as +15551234567")
    .optional(),
  direction: z.enum(["inbound", "outbound"]).optional(),
  externalId: shortText(200).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a language tag such as en or en-US")
    .optional(),
  agentChannel: z.enum(["left", "right"]).optional(),
  /** Anything else the sender wants to keep with the record. */
  custom: z
    .record(z.string().max(100), z.unknown())
    .refine((v) => JSON.stringify(v).length <= 10_000, "must be at most 10 000 characters of JSON")
    .optional(),
});
export type RecordMetadataInput = z.infer<typeof recordMetadataInput>;

export const RECORD_SORT_FIELDS = ["createdAt", "duration", "qualityScore"] as const;

export const recordDto = z.object({
  id: z.string(),
  projectId: z.string(),
  type: z.enum(RECORD_TYPES),
  source: z.enum(RECORD_SOURCES),
  status: z.enum(RECORD_STATUSES),
  title: z.string().nullable(),
  /** Whole seconds, as the AICA documents show it. */
  duration: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  qualityScore: z.number().nullable(),
  complianceStatus: z.enum(["passed", "failed"]).nullable(),
  agentName: z.string().nullable(),
  customerPhone: z.string().nullable().describe("Masked (+1***4567) unless your role may see personal data"),
  direction: z.enum(["inbound", "outbound"]).nullable(),
  externalId: z.string().nullable(),
  language: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  hasAudio: z.boolean(),
  originalFilename: z.string().nullable().describe("The uploaded file's name"),
  error: z.string().nullable().describe("Why processing failed, and what to do about it"),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type RecordDto = z.infer<typeof recordDto>;

/** The customer's phone as `viewerRole` may see it: whole with pii:read, else masked. */
export function visiblePhone(phone: string | null, viewerRole: Role): string | null {
  return can(viewerRole, "pii:read") ? phone : maskPhone(phone);
}

export function toRecordDto(row: RecordRow, viewerRole: Role): RecordDto {
  return {
    id: row.id,
    projectId: row.projectId,
    type: row.type,
    source: row.source,
    status: row.status,
    title: row.title,
    duration: row.durationMs === null ? null : Math.round(row.durationMs / 1000),
    durationMs: row.durationMs,
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    agentName: row.agentName,
    customerPhone: visiblePhone(row.customerPhone, viewerRole),
    direction: row.direction,
    externalId: row.externalId,
    language: row.language,
    metadata: row.metadata,
    hasAudio: Boolean(row.audioKey),
    originalFilename: row.originalFilename,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
