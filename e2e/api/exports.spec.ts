import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { readPdf } from "../../lib/exports/testing/read-pdf";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

interface ExportBody {
  id: string;
  status: string;
  format: string;
  recordCount: number | null;
  sizeBytes: number | null;
  downloadUrl: string | null;
  downloadUrlExpiresAt: string | null;
  expiresAt: string | null;
  error: string | null;
}

let key: string;
let projectId: string;
const recordIds: string[] = [];

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  key = await freshAdminKey(request);
  const headers = bearer(key);
  projectId = (await (await request.post("/api/v1/projects", { headers, data: { name: uniqueName("Exports") } })).json()).data.id;
  const chat = await request.post("/api/v1/records", {
    headers,
    data: {
      projectId,
      type: "chat",
      title: "Parcel never arrived",
      agentName: "Sarah",
      customerPhone: "+15551234567",
      messages: [
        { speaker: "agent", text: "Thank you for contacting us, how can I help you today?" },
        { speaker: "customer", text: "My parcel never arrived and I am upset." },
        { speaker: "agent", text: "I am sorry about that. I will send a replacement today." },
      ],
    },
  });
  const email = await request.post("/api/v1/records", {
    headers,
    data: { projectId, type: "email", title: "Invoice copy", agentName: "Tom", content: "Could you send me a copy of my March invoice?" },
  });
  for (const created of [chat, email]) {
    expect(created.status()).toBe(201);
    const id = (await created.json()).data.id as string;
    expect((await waitForRecord(request, key, id)).status).toBe("completed");
    recordIds.push(id);
  }
});

async function exportAndWait(request: APIRequestContext, body: Record<string, unknown>): Promise<ExportBody> {
  const created = await request.post("/api/v1/exports", { headers: bearer(key), data: body });
  expect(created.status()).toBe(202);
  const { data } = (await created.json()) as { data: ExportBody };
  expect(data).toMatchObject({ status: "pending", downloadUrl: null });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { data: current } = (await (await request.get(`/api/v1/exports/${data.id}`, { headers: bearer(key) })).json()) as { data: ExportBody };
    if (current.status === "completed" || current.status === "failed" || Date.now() > deadline) return current;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Downloads with the link alone: no API key, no cookie. */
async function download(request: APIRequestContext, done: ExportBody) {
  expect(done).toMatchObject({ status: "completed", error: null });
  const response = await request.get(done.downloadUrl!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="callscope-records-\\d{4}-\\d{2}-\\d{2}-${done.id}\\.${done.format}"$`));
  const body = await response.body();
  expect(body.length).toBe(done.sizeBytes);
  return { response, body };
}

test("CSV, JSON and PDF exports are written by the job and download with the right type and content", async ({ request }) => {
  test.setTimeout(120_000);
  const filters = { projectId };

  const csv = await exportAndWait(request, { format: "csv", filters, include: ["metadata", "summary", "criteria"] });
  expect(csv.recordCount).toBe(2);
  const csvFile = await download(request, csv);
  expect(csvFile.response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows = parse(csvFile.body.toString("utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.id).sort()).toEqual([...recordIds].sort());
  const chatRow = rows.find((r) => r.id === recordIds[0])!;
  expect(chatRow).toMatchObject({ title: "Parcel never arrived", agentName: "Sarah", customerPhone: "'+15551234567" });
  expect(chatRow.criteria).toMatch(/: (Passed|Failed|Not applicable|Not evaluated)/);

  const json = await exportAndWait(request, { format: "json", filters: { ...filters, type: "email" }, include: ["summary"] });
  const jsonFile = await download(request, json);
  expect(jsonFile.response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const records = JSON.parse(jsonFile.body.toString("utf8")) as { id: string; type: string; title: string }[];
  expect(records).toEqual([expect.objectContaining({ id: recordIds[1], type: "email", title: "Invoice copy" })]);

  const pdf = await exportAndWait(request, { format: "pdf", filters });
  const pdfFile = await download(request, pdf);
  expect(pdfFile.response.headers()["content-type"]).toBe("application/pdf");
  expect(pdfFile.body.subarray(0, 5).toString()).toBe("%PDF-");
  const report = readPdf(pdfFile.body);
  expect(report.pageCount).toBeGreaterThanOrEqual(3);
  expect(report.pages[0]).toMatch(/Records:\s*2/);
  const text = report.pages.join("\n");
  expect(text).toContain("Parcel never arrived");
  expect(text).toContain("Invoice copy");
  expect(text).toMatch(/Quality score: (\d+ \/ 100|—)/);

  // Ranges resume a download.
  const head = await request.get(csv.downloadUrl!, { headers: { range: "bytes=0-1" } });
  expect(head.status()).toBe(206);
  expect((await head.body()).toString()).toBe("id");

  const list = await (await request.get("/api/v1/exports?format=pdf&pageSize=100", { headers: bearer(key) })).json();
  expect(list.data.map((e: { id: string }) => e.id)).toContain(pdf.id);
  expect(list.data.every((e: { format: string }) => e.format === "pdf")).toBe(true);
});

test("an export that matches nothing is a valid empty file", async ({ request }) => {
  const csv = await exportAndWait(request, { format: "csv", filters: { projectId, agentName: "nobody-by-this-name" } });
  expect(csv.recordCount).toBe(0);
  const text = (await download(request, csv)).body.toString("utf8");
  expect(text).toMatch(/^id,createdAt,type,[^\r\n]*\r\n$/);
  const json = await exportAndWait(request, { format: "json", filters: { projectId, from: "2001-01-01", to: "2001-01-02" } });
  expect(JSON.parse((await download(request, json)).body.toString("utf8"))).toEqual([]);
});

test("bad export requests and bad download links are refused", async ({ request }) => {
  const headers = bearer(key);
  const cases: [unknown, string][] = [
    [{ format: "xlsx" }, "format"],
    [{ format: "csv", filters: { status: "done" } }, "filters.status"],
    [{ format: "csv", include: ["audio"] }, "include.0"],
    [{ format: "csv", filters: { from: "2026-03-05", to: "2026-03-01" } }, "filters.from"],
  ];
  for (const [data, field] of cases) {
    const response = await request.post("/api/v1/exports", { headers, data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details!.fields!)).toContain(field);
  }
  expect((await request.get("/api/v1/exports?status=done", { headers })).status()).toBe(400);

  const done = await exportAndWait(request, { format: "json", filters: { projectId } });
  const url = new URL(done.downloadUrl!);
  const token = url.searchParams.get("token")!;
  const forged = await request.get(`${url.pathname}?token=${token.slice(0, -3)}abc`);
  expect(forged.status()).toBe(403);
  expect((await errorOf(forged)).code).toBe("FORBIDDEN");
  const missing = await request.get(url.pathname);
  expect(missing.status()).toBe(400);
  expect(Object.keys((await errorOf(missing)).details!.fields!)).toEqual(["token"]);
  const expiredToken = `1000000000.${token.split(".")[1]}`;
  expect((await request.get(`${url.pathname}?token=${expiredToken}`)).status()).toBe(403);

  expect((await request.delete(`/api/v1/exports/${done.id}`, { headers })).status()).toBe(200);
  expect((await request.get(`/api/v1/exports/${done.id}`, { headers })).status()).toBe(404);
  expect((await request.get(done.downloadUrl!)).status()).toBe(403);
  // Exports are their requester's: another key of the same organization does not see them.
  const otherKey = await freshAdminKey(request);
  const mine = await exportAndWait(request, { format: "csv", filters: { projectId } });
  expect((await request.get(`/api/v1/exports/${mine.id}`, { headers: bearer(otherKey) })).status()).toBe(404);
});
