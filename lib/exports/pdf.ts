import PDFDocument from "pdfkit";
import { RESULT_LABELS, type ExportOverview, type ExportPart, type ExportedRecord } from "./exported-record";
import { pdfSafeText } from "./pdf-text";

/**
 * The PDF report: a title page with the filters and the totals, then each
 * record from a new page: title, date, agent, type, score and compliance,
 * then the included parts (summary, a criteria table with each result and
 * why, metadata, transcript). pdfkit with its standard fonts: no font files,
 * no binaries, nothing fetched.
 *
 * Streaming: pdfkit writes a page out when the next one starts (bufferPages is
 * off), and the generator hands out what it wrote after every record, so at
 * most one record's pages are held. pdfkit itself keeps a small entry per page
 * (about 1.5 kB) until the end, which is why PDFs have a record limit
 * (EXPORT_PDF_MAX_RECORDS) and CSV/JSON do not.
 */
export interface PdfReportOptions {
  generatedAt: Date;
  organizationName: string;
  /** The filters as people read them: [["Project", "Billing"], ["Status", "completed"]]. */
  filters: [string, string][];
  include: readonly ExportPart[];
  overview: ExportOverview;
  /** Off in tests, to read the text back. */
  compress?: boolean;
}

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const MUTED = "#555555";
const INK = "#111111";
/** A criterion's explanation is a sentence or two; a runaway one must not outgrow a page. */
const MAX_CELL_CHARS = 900;

type Doc = PDFKit.PDFDocument;

const safe = (text: string) => pdfSafeText(text);
const utc = (iso: string | Date) => `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font(BOLD).fontSize(12).fillColor(INK).text(safe(text)).moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}) {
  doc.font(FONT).fontSize(options.size ?? 10).fillColor(options.color ?? INK).text(safe(text));
}

function field(doc: Doc, label: string, value: string) {
  doc.font(BOLD).fontSize(10).fillColor(INK).text(`${safe(label)}: `, { continued: true }).font(FONT).text(safe(value));
}

function titlePage(doc: Doc, options: PdfReportOptions) {
  const { overview } = options;
  doc.font(BOLD).fontSize(24).fillColor(INK).text("Records export");
  paragraph(doc, `${options.organizationName} · generated ${utc(options.generatedAt)}`, { color: MUTED, size: 11 });

  heading(doc, "Filters");
  if (options.filters.length === 0) paragraph(doc, "All records.");
  for (const [label, value] of options.filters) field(doc, label, value);

  heading(doc, "Totals");
  field(doc, "Records", String(overview.records));
  field(doc, "Analysed", String(overview.analysed));
  field(doc, "Average quality score", overview.averageQualityScore === null ? "—" : `${Math.round(overview.averageQualityScore)} / 100`);
  field(doc, "Compliance", `${overview.compliancePassed} passed, ${overview.complianceFailed} failed`);
  field(doc, "Included", ["headline", ...options.include].join(", "));

  if (overview.records === 0) {
    doc.moveDown(1.5);
    paragraph(doc, "No records matched these filters.", { size: 12 });
  }
}

function criteriaTable(doc: Doc, record: ExportedRecord) {
  const criteria = record.criteria ?? [];
  heading(doc, "Criteria");
  if (!criteria.length) {
    paragraph(doc, record.analysis === null ? "Not analysed yet." : "No criteria.", { color: MUTED });
    return;
  }
  const header = (text: string) => ({ text, font: { src: BOLD }, backgroundColor: "#eeeeee", type: "TH" as const });
  doc.font(FONT).fontSize(9).fillColor(INK);
  doc.table({
    columnStyles: [150, 75, "*"],
    defaultStyle: { borderColor: "#bbbbbb", padding: 4 },
    data: [
      [header("Criterion"), header("Result"), header("Explanation")],
      ...criteria.map((c) => [
        safe(`${c.name}${c.compliance ? " (compliance)" : ""}\n${c.categoryName}`),
        { text: RESULT_LABELS[c.result], textColor: c.result === "failed" ? "#b00020" : c.result === "passed" ? "#1b6e20" : MUTED },
        safe(clip(c.explanation, MAX_CELL_CHARS)),
      ]),
    ],
  });
}

function recordSection(doc: Doc, record: ExportedRecord, include: readonly ExportPart[]) {
  const kind = record.type === "call" ? "Call" : record.type === "chat" ? "Chat" : "Email";
  doc.font(BOLD).fontSize(16).fillColor(INK).text(safe(record.title ?? `${kind} ${record.id}`));
  const facts = [
    kind,
    utc(record.createdAt),
    `Agent: ${record.agentName ?? "—"}`,
    `Project: ${record.projectName}`,
    ...(record.durationSeconds === null ? [] : [clock(record.durationSeconds)]),
  ];
  paragraph(doc, facts.join(" · "), { color: MUTED });
  doc.moveDown(0.6);
  const score = record.qualityScore === null ? "—" : `${Math.round(record.qualityScore)} / 100`;
  const compliance = record.complianceStatus === null ? "—" : record.complianceStatus === "passed" ? "Passed" : "Failed";
  doc.font(BOLD).fontSize(12).text(`Quality score: ${score}     Compliance: ${compliance}`);
  if (record.status !== "completed") paragraph(doc, `Status: ${record.status}`, { color: MUTED });
  paragraph(doc, `Record ${record.id}`, { color: MUTED, size: 8 });

  if (include.includes("summary")) {
    heading(doc, "Summary");
    paragraph(doc, record.summary ?? "No summary.", record.summary ? {} : { color: MUTED });
  }
  if (include.includes("analysis") && record.analysis) {
    heading(doc, "Analysis");
    const categories = record.analysis.categories.map((c) => `${c.name} ${Math.round(c.score)}`);
    if (categories.length) field(doc, "Categories", categories.join(", "));
    if (record.analysis.sentiment) field(doc, "Sentiment", record.analysis.sentiment.label);
    if (record.analysis.topics.length) field(doc, "Topics", record.analysis.topics.join(", "));
    for (const item of record.analysis.improvements) paragraph(doc, `• ${item}`);
  }
  if (include.includes("criteria")) criteriaTable(doc, record);
  if (include.includes("metadata") && record.metadata) {
    const m = record.metadata;
    heading(doc, "Details");
    const pairs: [string, string | null][] = [
      ["Direction", m.direction],
      ["Customer phone", m.customerPhone],
      ["External id", m.externalId],
      ["Language", m.language],
      ["Source", m.source],
      ["Completed", m.completedAt && utc(m.completedAt)],
      ...Object.entries(m.custom).map(([key, value]): [string, string] => [key, typeof value === "string" ? value : JSON.stringify(value)]),
    ];
    for (const [label, value] of pairs) if (value) field(doc, label, clip(value, MAX_CELL_CHARS));
  }
  if (include.includes("transcript")) {
    heading(doc, "Transcript");
    if (!record.transcript?.length) paragraph(doc, "No transcript.", { color: MUTED });
    for (const turn of record.transcript ?? []) {
      doc.font(BOLD).fontSize(9).fillColor(INK).text(`${safe(turn.speaker)} ${clock(Math.round(turn.startMs / 1000))}  `, { continued: true });
      doc.font(FONT).text(safe(turn.text));
    }
  }
}

/** The PDF as chunks, pulled by whoever stores it: no record is rendered before the last one's bytes were taken. */
export async function* pdfChunks(batches: AsyncIterable<ExportedRecord[]>, options: PdfReportOptions): AsyncGenerator<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: options.compress ?? true,
    bufferPages: false,
    info: { Title: "Records export", Author: safe(options.organizationName), Creator: "Callscope", CreationDate: options.generatedAt },
  });
  // Paused mode: read() hands over everything pdfkit has written so far.
  function* written(): Generator<Buffer> {
    for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) yield chunk;
  }
  let finished = false;
  try {
    titlePage(doc, options);
    yield* written();
    for await (const batch of batches) {
      for (const record of batch) {
        doc.addPage();
        recordSection(doc, record, options.include);
        yield* written();
      }
    }
    doc.end();
    for await (const chunk of doc) yield chunk as Buffer;
    finished = true;
  } finally {
    if (!finished) doc.destroy();
  }
}
