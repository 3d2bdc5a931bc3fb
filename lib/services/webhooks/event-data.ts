import type { AlertIncidentRow, AlertRuleRow, AnalysisRow, RecordRow, ReviewRow } from "../../../db/schema";

/**
 * What each event tells a receiver: ids to fetch more with the API, and the
 * numbers people act on. Never transcripts, summaries (they quote the
 * transcript), titles, names or phone numbers: a webhook body ends up in
 * other systems' logs.
 */
export function recordEventData(row: RecordRow, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordId: row.id,
    projectId: row.projectId,
    type: row.type,
    source: row.source,
    status: row.status,
    externalId: row.externalId,
    durationMs: row.durationMs,
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    ...extra,
  };
}

export function analysisEventData(row: AnalysisRow): Record<string, unknown> {
  return {
    analysisId: row.id,
    recordId: row.recordId,
    projectId: row.projectId,
    scorecardId: row.scorecardId,
    scorecardVersion: row.scorecardVersion,
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    categories: row.categories ?? {},
    // Each criterion's verdict, without the quotes that back it.
    criteria: (row.criteria ?? []).map((c) => ({ id: c.id, name: c.name, category: c.category, compliance: c.compliance, result: c.result })),
    analyzer: row.analyzer,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

export function reviewEventData(row: ReviewRow, aiQualityScore: number | null): Record<string, unknown> {
  return {
    reviewId: row.id,
    analysisId: row.analysisId,
    recordId: row.recordId,
    reviewerId: row.reviewerId,
    qualityScore: row.qualityScore,
    aiQualityScore,
    complianceStatus: row.complianceStatus,
    agreement: row.comparedCount > 0 ? Math.round((row.agreedCount / row.comparedCount) * 1000) / 1000 : null,
    submittedAt: row.createdAt.toISOString(),
  };
}

/**
 * alert.triggered: the incident and the rule's condition. The matched value
 * only when it is a number or a label: a keyword rule's match quotes the
 * transcript.
 */
export function incidentEventData(row: AlertIncidentRow, rule: Pick<AlertRuleRow, "condition"> | null): Record<string, unknown> {
  const quoted = rule?.condition.field === "keyword";
  return {
    incidentId: row.id,
    ruleId: row.ruleId,
    ruleName: row.ruleName,
    recordId: row.recordId,
    analysisId: row.analysisId,
    projectId: row.projectId,
    status: row.status,
    condition: rule ? { field: rule.condition.field, operator: rule.condition.operator } : null,
    matchedValue: quoted ? null : (row.matchedValue ?? null),
    matchedRecordIds: row.matchedRecordIds,
    createdAt: row.createdAt.toISOString(),
  };
}
