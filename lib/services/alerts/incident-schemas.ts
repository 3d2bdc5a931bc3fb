import { z } from "zod";
import { INCIDENT_STATUSES, type AlertIncidentRow } from "../../../db/schema";

export const INCIDENT_SORT_FIELDS = ["createdAt"] as const;

export const incidentDto = z.object({
  id: z.string(),
  ruleId: z.string().nullable().describe("Null once the rule is deleted; the incident stays as history"),
  ruleName: z.string(),
  recordId: z.string().describe("The record that raised it (for a windowed rule, the one that reached the count)"),
  recordTitle: z.string().nullable(),
  analysisId: z.string().nullable(),
  projectId: z.string(),
  agentName: z.string().nullable(),
  status: z.enum(INCIDENT_STATUSES),
  matchedValue: z.union([z.number(), z.string()]).nullable().describe("What the record had: the score, the label, the words said"),
  message: z.string().describe("E.g. \"Quality score 42 is below 60\""),
  matchedRecordIds: z.array(z.string()).describe("Every record the incident counts, oldest first (one unless the rule has a window)"),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.iso.datetime().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type IncidentDto = z.infer<typeof incidentDto>;

export type IncidentWithTitle = AlertIncidentRow & { recordTitle: string | null };

export function toIncidentDto(row: IncidentWithTitle): IncidentDto {
  return {
    id: row.id,
    ruleId: row.ruleId,
    ruleName: row.ruleName,
    recordId: row.recordId,
    recordTitle: row.recordTitle,
    analysisId: row.analysisId,
    projectId: row.projectId,
    agentName: row.agentName,
    status: row.status,
    matchedValue: row.matchedValue ?? null,
    message: row.message,
    matchedRecordIds: row.matchedRecordIds,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
