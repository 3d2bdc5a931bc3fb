import { describe, expect, it } from "vitest";
import { EXPORT_PARTS, type ExportOverview } from "./exported-record";
import { pdfChunks, type PdfReportOptions } from "./pdf";
import { pdfSafeText } from "./pdf-text";
import { batchesOf, collect, sampleRecord } from "./sample-records.testing";
import { readPdf } from "./testing/read-pdf";

const overview: ExportOverview = { records: 2, analysed: 1, averageQualityScore: 78.25, compliancePassed: 0, complianceFailed: 1 };
const options = (extra: Partial<PdfReportOptions> = {}): PdfReportOptions => ({
  generatedAt: new Date("2026-03-06T09:30:00Z"),
  organizationName: "Acme Support",
  filters: [["Project", "Billing"], ["Status", "completed"]],
  include: EXPORT_PARTS,
  overview,
  ...extra,
});

describe("PDF report", () => {
  it("has a title page with filters and totals, then each record on its own page with score, summary and criteria", async () => {
    const records = [sampleRecord(), sampleRecord({ id: "rec_2", title: null, type: "chat", qualityScore: null, complianceStatus: null, analysis: null, summary: null, criteria: [] })];
    const bytes = await collect(pdfChunks(batchesOf([records[0]!], [records[1]!]), options()));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = readPdf(bytes);
    expect(pdf.pageCount).toBe(3);
    expect(pdf.pages).toHaveLength(3);
    const [title, first, second] = pdf.pages as [string, string, string];
    expect(title).toContain("Records export");
    expect(title).toContain("Acme Support");
    expect(title).toMatch(/Project:\s*Billing/);
    expect(title).toMatch(/Records:\s*2/);
    expect(title).toMatch(/Average quality score:\s*78 \/ 100/);
    expect(title).toMatch(/Compliance:\s*0 passed, 1 failed/);

    expect(first).toContain("Billing question");
    expect(first).toContain("Agent: Sarah");
    expect(first).toContain("2026-03-05 10:00 UTC");
    expect(first).toMatch(/Quality score: 78 \/ 100\s+Compliance: Failed/);
    expect(first).toContain("The customer asked about a double charge; the agent refunded it.");
    expect(first).toContain("Recording disclosure (compliance)");
    expect(first).toContain("Nobody said the call is recorded.");
    expect(first).toContain("Passed");
    expect(first).toContain("“Thank you for calling”");
    expect(first).toContain("+1***4567");
    expect(first).toContain("I was charged twice");

    expect(second).toContain("Chat rec_2");
    expect(second).toContain("Quality score: —");
    expect(second).toContain("Not analysed yet.");
  });

  it("says so when no record matched, on a valid one-page PDF, compressed as in production", async () => {
    const bytes = await collect(pdfChunks(batchesOf(), options({ filters: [], overview: { records: 0, analysed: 0, averageQualityScore: null, compliancePassed: 0, complianceFailed: 0 }, compress: true })));
    const pdf = readPdf(bytes);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0]).toContain("No records matched these filters.");
    expect(pdf.pages[0]).toContain("All records.");
    expect(bytes.toString("latin1")).toContain("/FlateDecode");
  });

  it("lets a long criteria table run onto further pages", async () => {
    const criteria = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`, name: `Criterion ${i}`, category: "quality", categoryName: "Quality", compliance: false, result: "passed" as const, explanation: "A reason that takes a line or two to say. ".repeat(3),
    }));
    const pdf = readPdf(await collect(pdfChunks(batchesOf([sampleRecord({ criteria })]), options({ compress: false }))));
    expect(pdf.pageCount).toBeGreaterThan(3);
    expect(pdf.pages.join("\n")).toContain("Criterion 59");
  });

  it("hands out each record's pages before reading the next batch", async () => {
    let batchesRead = 0;
    async function* slowBatches() {
      for (let i = 0; i < 5; i++) {
        batchesRead++;
        yield [sampleRecord({ id: `rec_${i}` })];
      }
    }
    const seenAt: number[] = [];
    for await (const chunk of pdfChunks(slowBatches(), options())) {
      expect(chunk.length).toBeGreaterThan(0);
      seenAt.push(batchesRead);
    }
    // Bytes arrive while batches are still being read, not all at the end.
    expect(seenAt.filter((n) => n < 5).length).toBeGreaterThanOrEqual(4);
  });
});

describe("PDF text", () => {
  it("keeps what the standard fonts can show and replaces the rest", () => {
    expect(pdfSafeText("Café – “ok” € naïve")).toBe("Café – “ok” € naïve");
    expect(pdfSafeText("Őrs Łukasz")).toBe("Ors ?ukasz");
    expect(pdfSafeText("你好 😀")).toBe("?? ?");
    expect(pdfSafeText("a\tb")).toBe("a b");
    expect(pdfSafeText("below \u22120.2, 5 \u2264 6")).toBe("below -0.2, 5 <= 6");
  });
});
