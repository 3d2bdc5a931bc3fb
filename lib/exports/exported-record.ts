/**
 * One record as every export format sees it. The reader (lib/services/exports)
 * builds it from the database, already masked for the requester's role; the
 * CSV, JSON and PDF writers only lay it out, so the three formats can never
 * disagree about what a record says.
 */
export const EXPORT_PARTS = ["metadata", "analysis", "criteria", "summary", "transcript"] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

/** Transcripts are opt-in: they are most of an export's size. */
export const DEFAULT_EXPORT_PARTS: readonly ExportPart[] = ["metadata", "analysis", "criteria", "summary"];

export type CriterionResult = "passed" | "failed" | "not_applicable" | "not_evaluated";

export interface ExportedCriterion {
  id: string;
  name: string;
  /** The category's id in the scorecard, and its name there. */
  category: string;
  categoryName: string;
  /** A compliance criterion fails the whole record when it fails. */
  compliance: boolean;
  result: CriterionResult;
  explanation: string;
}

export interface ExportedAnalysis {
  id: string;
  scorecardVersion: number;
  completedAt: string | null;
  /** Score per category, 0–100, in the scorecard's order. */
  categories: { id: string; name: string; score: number }[];
  improvements: string[];
  sentiment: { label: "negative" | "neutral" | "positive"; score: number } | null;
  topics: string[];
}

export interface ExportedMetadata {
  source: string;
  direction: "inbound" | "outbound" | null;
  /** Masked unless the requester's role may read personal data. */
  customerPhone: string | null;
  externalId: string | null;
  language: string | null;
  completedAt: string | null;
  /** The custom fields the sender attached. */
  custom: Record<string, unknown>;
}

export interface ExportedTurn {
  speaker: string;
  startMs: number;
  text: string;
}

/** Always present: what identifies a record and its headline numbers. Optional parts only when included. */
export interface ExportedRecord {
  id: string;
  createdAt: string;
  type: "call" | "chat" | "email";
  status: "pending" | "processing" | "completed" | "failed";
  title: string | null;
  projectId: string;
  projectName: string;
  agentName: string | null;
  durationSeconds: number | null;
  qualityScore: number | null;
  complianceStatus: "passed" | "failed" | null;
  metadata?: ExportedMetadata;
  /** The record's newest completed analysis; null before one exists. */
  analysis?: ExportedAnalysis | null;
  summary?: string | null;
  criteria?: ExportedCriterion[];
  transcript?: ExportedTurn[] | null;
}

/** What the title of a PDF and the header of a CSV need to know up front. */
export interface ExportOverview {
  /** The records matching the filters when the export started. */
  records: number;
  analysed: number;
  averageQualityScore: number | null;
  compliancePassed: number;
  complianceFailed: number;
}

export const RESULT_LABELS: Record<CriterionResult, string> = {
  passed: "Passed",
  failed: "Failed",
  not_applicable: "Not applicable",
  not_evaluated: "Not evaluated",
};
