import { RESULT_LABELS, type ExportPart, type ExportedRecord } from "./exported-record";

/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled. One row per
 * record; criteria, topics and the transcript are each one readable cell,
 * because the header is written before the first record is read and
 * different scorecards have different criteria (docs/exports.md).
 */

type Cell = string | number | null | undefined;
interface Column {
  name: string;
  value(record: ExportedRecord): Cell;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip first) as a formula. OWASP's advice: prefix such
 * text with a single quote so it is shown, not run. Only text is touched;
 * numbers we write ourselves (a negative sentiment score) stay numbers.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

const joined = (items: readonly string[] | undefined) => (items?.length ? items.join("; ") : null);
const rounded = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);

const BASE: Column[] = [
  { name: "id", value: (r) => r.id },
  { name: "createdAt", value: (r) => r.createdAt },
  { name: "type", value: (r) => r.type },
  { name: "status", value: (r) => r.status },
  { name: "title", value: (r) => r.title },
  { name: "projectId", value: (r) => r.projectId },
  { name: "projectName", value: (r) => r.projectName },
  { name: "agentName", value: (r) => r.agentName },
  { name: "durationSeconds", value: (r) => r.durationSeconds },
  { name: "qualityScore", value: (r) => rounded(r.qualityScore) },
  { name: "complianceStatus", value: (r) => r.complianceStatus },
];

const PART_COLUMNS: Record<ExportPart, Column[]> = {
  metadata: [
    { name: "source", value: (r) => r.metadata?.source },
    { name: "direction", value: (r) => r.metadata?.direction },
    { name: "customerPhone", value: (r) => r.metadata?.customerPhone },
    { name: "externalId", value: (r) => r.metadata?.externalId },
    { name: "language", value: (r) => r.metadata?.language },
    { name: "completedAt", value: (r) => r.metadata?.completedAt },
    {
      name: "customMetadata",
      value: (r) => (r.metadata && Object.keys(r.metadata.custom).length ? JSON.stringify(r.metadata.custom) : null),
    },
  ],
  analysis: [
    { name: "analysisId", value: (r) => r.analysis?.id },
    { name: "scorecardVersion", value: (r) => r.analysis?.scorecardVersion },
    {
      name: "categoryScores",
      value: (r) => joined(r.analysis?.categories.map((c) => `${c.name}: ${Math.round(c.score)}`)),
    },
    { name: "sentiment", value: (r) => r.analysis?.sentiment?.label },
    { name: "sentimentScore", value: (r) => (r.analysis?.sentiment ? Math.round(r.analysis.sentiment.score * 100) / 100 : null) },
    { name: "topics", value: (r) => joined(r.analysis?.topics) },
    { name: "improvements", value: (r) => joined(r.analysis?.improvements) },
  ],
  summary: [{ name: "summary", value: (r) => r.summary }],
  criteria: [
    { name: "criteriaFailed", value: (r) => joined(r.criteria?.filter((c) => c.result === "failed").map((c) => c.name)) },
    {
      name: "criteria",
      value: (r) =>
        joined(r.criteria?.map((c) => `${c.name}: ${RESULT_LABELS[c.result]}${c.compliance ? " (compliance)" : ""}`)),
    },
  ],
  transcript: [
    {
      name: "transcript",
      value: (r) => (r.transcript?.length ? r.transcript.map((t) => `${t.speaker}: ${t.text}`).join("\n") : null),
    },
  ],
};

/** The columns for these parts, always in the same order whatever order `include` lists them in. */
export function csvColumns(include: readonly ExportPart[]): Column[] {
  const parts = (Object.keys(PART_COLUMNS) as ExportPart[]).filter((part) => include.includes(part));
  return [...BASE, ...parts.flatMap((part) => PART_COLUMNS[part])];
}

/** The header, then one chunk per batch: only one batch of text is held at a time. */
export async function* csvChunks(batches: AsyncIterable<ExportedRecord[]>, include: readonly ExportPart[]): AsyncGenerator<Buffer> {
  const columns = csvColumns(include);
  yield Buffer.from(csvLine(columns.map((c) => c.name)));
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield Buffer.from(batch.map((record) => csvLine(columns.map((c) => c.value(record)))).join(""));
  }
}
