import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, csvChunks, csvColumns, neutralizeFormula } from "./csv";
import { EXPORT_PARTS } from "./exported-record";
import { jsonChunks } from "./json";
import { batchesOf, collect, sampleRecord } from "./sample-records.testing";

const parseCsv = (text: string) => parse(text, { columns: true, record_delimiter: "\r\n", skip_empty_lines: false }) as Record<string, string>[];

describe("CSV cells", () => {
  it("quotes only fields with commas, quotes or line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(78.5)).toBe("78.5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("keeps text that a spreadsheet would run as a formula from running (OWASP)", () => {
    for (const evil of ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      expect(neutralizeFormula(evil)).toBe(`'${evil}`);
    }
    expect(neutralizeFormula("Sarah")).toBe("Sarah");
    expect(csvCell('=1+1,"x"')).toBe(`"'=1+1,""x"""`);
    // Numbers we write are not text someone typed: a negative score stays a number.
    expect(csvCell(-0.4)).toBe("-0.4");
  });
});

describe("CSV file", () => {
  it("writes a header and one row per record that a CSV parser reads back exactly", async () => {
    const records = [
      sampleRecord(),
      sampleRecord({ id: "rec_2", title: '=cmd|" /C calc"!A0', agentName: "O'Brien, Pat", qualityScore: null, complianceStatus: null }),
    ];
    const text = (await collect(csvChunks(batchesOf([records[0]!], [], [records[1]!]), EXPORT_PARTS))).toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual(csvColumns(EXPORT_PARTS).map((c) => c.name));
    expect(rows[0]).toMatchObject({
      id: "rec_sample000000000001",
      projectName: "Billing",
      qualityScore: "78.3",
      complianceStatus: "failed",
      customerPhone: "'+1***4567",
      customMetadata: '{"queue":"billing"}',
      categoryScores: "Greeting: 100; Compliance: 0",
      sentiment: "positive",
      criteriaFailed: "Recording disclosure",
      criteria: "Greeting: Passed; Recording disclosure: Failed (compliance)",
      summary: "The customer asked about a double charge; the agent refunded it.",
      transcript: 'agent: Thank you for calling, this is Sarah.\ncustomer: I was charged twice, "again", for March.',
    });
    expect(rows[1]).toMatchObject({ id: "rec_2", title: `'=cmd|" /C calc"!A0`, agentName: "O'Brien, Pat", qualityScore: "", complianceStatus: "" });
  });

  it("has only the headline columns and the included parts, in a fixed order", () => {
    const names = csvColumns(["summary", "metadata"]).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(["id", "createdAt", "type"]);
    expect(names).toContain("customerPhone");
    expect(names.indexOf("customerPhone")).toBeLessThan(names.indexOf("summary"));
    expect(names).not.toContain("criteria");
    expect(names).not.toContain("transcript");
  });

  it("is the header alone when nothing matched", async () => {
    const text = (await collect(csvChunks(batchesOf(), ["summary"]))).toString("utf8");
    expect(text.split("\r\n")).toHaveLength(2);
    expect(parseCsv(text)).toEqual([]);
  });
});

describe("JSON file", () => {
  it("is one JSON array across batches, and [] when nothing matched", async () => {
    const text = (await collect(jsonChunks(batchesOf([sampleRecord()], [], [sampleRecord({ id: "rec_2" })])))).toString("utf8");
    const parsed = JSON.parse(text) as { id: string }[];
    expect(parsed.map((r) => r.id)).toEqual(["rec_sample000000000001", "rec_2"]);
    expect(parsed[0]).toEqual(sampleRecord());
    expect(JSON.parse((await collect(jsonChunks(batchesOf()))).toString("utf8"))).toEqual([]);
  });
});
