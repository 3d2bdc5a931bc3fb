import { DEFAULT_EXPORT_PARTS, EXPORT_PARTS, type ExportPart } from "@/lib/exports/exported-record";

export const PART_LABELS: Record<ExportPart, { label: string; description: string }> = {
  metadata: { label: "Details", description: "Direction, customer phone, external id, language, custom fields" },
  analysis: { label: "Analysis", description: "Category scores, sentiment, topics, improvements" },
  criteria: { label: "Criteria", description: "Each scorecard criterion's result and why" },
  summary: { label: "Summary", description: "The conversation's summary" },
  transcript: { label: "Transcript", description: "Every turn; makes the file much larger" },
};

export const PARTS = EXPORT_PARTS.map((part) => ({ part, ...PART_LABELS[part], checked: DEFAULT_EXPORT_PARTS.includes(part) }));

export const FORMAT_LABELS = { csv: "CSV (spreadsheet)", json: "JSON (for programs)", pdf: "PDF report" } as const;
