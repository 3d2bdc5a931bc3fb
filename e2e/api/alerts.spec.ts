import { expect, test, type APIRequestContext } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

/** A call that goes badly from start to end: the default scorecard scores it far below 60. */
const POOR_CALL = [
  { speaker: "agent", startMs: 0, endMs: 3000, text: "Yeah. What do you want?" },
  { speaker: "customer", startMs: 3500, endMs: 9000, text: "My internet has been down for three days and I am really angry about it. This is terrible service." },
  { speaker: "agent", startMs: 9500, endMs: 12000, text: "Not my problem. Call back later." },
  { speaker: "customer", startMs: 12500, endMs: 16000, text: "This is ridiculous, I want to cancel my subscription. You are useless." },
  { speaker: "agent", startMs: 16500, endMs: 18000, text: "Whatever." },
];

interface Incident {
  id: string;
  ruleId: string | null;
  ruleName: string;
  recordId: string;
  status: string;
  message: string;
  matchedValue: number | string | null;
  [field: string]: unknown;
}

let key: string;
let projectId: string;
test.beforeAll(async ({ request }) => {
  key = await freshAdminKey(request);
  // A project of this spec's own: rules and calls here never touch other specs' data.
  const created = await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Alerts API") } });
  projectId = (await created.json()).data.id;
});

async function sendPoorCall(request: APIRequestContext, title: string): Promise<string> {
  const created = await request.post("/api/v1/records", {
    headers: bearer(key),
    data: { projectId, type: "call", title, agentName: "Sam Poor", transcript: { segments: POOR_CALL } },
  });
  expect(created.status()).toBe(201);
  const { data: record } = await created.json();
  expect((await waitForRecord(request, key, record.id)).status).toBe("completed");
  return record.id as string;
}

/** Alerts are evaluated by their own job after the record completes: poll for the incidents. */
async function waitForIncidents(request: APIRequestContext, path: string, count: number): Promise<Incident[]> {
  let incidents: Incident[] = [];
  await expect
    .poll(
      async () => {
        incidents = (await (await request.get(path, { headers: bearer(key) })).json()).data;
        return incidents.length;
      },
      { timeout: 30_000 },
    )
    .toBe(count);
  return incidents;
}

test("a low-scoring call raises one incident, which is acknowledged and resolved", async ({ request }) => {
  const headers = bearer(key);
  const name = uniqueName("Low Quality Alert");
  const created = await request.post("/api/v1/alerts", {
    headers,
    data: { name, projectId, condition: { field: "qualityScore", operator: "lt", value: 60 }, actions: ["webhook", "email"], enabled: true },
  });
  expect(created.status()).toBe(201);
  const { data: rule } = await created.json();
  expect(rule).toMatchObject({ id: expect.stringMatching(/^alr_/), name, projectId, actions: ["webhook", "email"], enabled: true, summary: "Quality score is below 60" });
  expect((await (await request.get(`/api/v1/alerts/${rule.id}`, { headers })).json()).data).toEqual(rule);

  const recordId = await sendPoorCall(request, uniqueName("Poor call"));
  const [incident] = await waitForIncidents(request, `/api/v1/alerts/${rule.id}/incidents`, 1);
  expect(incident).toMatchObject({ ruleId: rule.id, ruleName: name, recordId, projectId, agentName: "Sam Poor", status: "open", matchedRecordIds: [recordId] });
  expect(incident!.message).toMatch(/^Quality score [\d.]+ is below 60$/);
  const { data: record } = await (await request.get(`/api/v1/records/${recordId}`, { headers })).json();
  expect(incident!.matchedValue).toBe(record.qualityScore);

  const byRecord = await (await request.get(`/api/v1/incidents?recordId=${recordId}&status=open`, { headers })).json();
  expect(byRecord.meta).toMatchObject({ page: 1, total: 1 });
  expect(byRecord.data[0].id).toBe(incident!.id);

  const acknowledged = await request.post(`/api/v1/incidents/${incident!.id}/acknowledge`, { headers });
  expect(acknowledged.status()).toBe(200);
  const { data: ack } = await acknowledged.json();
  expect(ack).toMatchObject({ status: "acknowledged", acknowledgedAt: expect.any(String) });
  expect((await (await request.post(`/api/v1/incidents/${incident!.id}/acknowledge`, { headers })).json()).data).toEqual(ack);

  const resolved = await request.post(`/api/v1/incidents/${incident!.id}/resolve`, { headers });
  expect((await resolved.json()).data).toMatchObject({ status: "resolved", resolvedAt: expect.any(String), acknowledgedAt: ack.acknowledgedAt });
  expect((await request.post(`/api/v1/incidents/${incident!.id}/resolve`, { headers })).status()).toBe(200);
  const late = await request.post(`/api/v1/incidents/${incident!.id}/acknowledge`, { headers });
  expect(late.status()).toBe(409);
  expect((await (await request.get(`/api/v1/incidents/${incident!.id}`, { headers })).json()).data.status).toBe("resolved");

  // Re-analysing the call does not raise it again. A second rule, created now, proves the
  // re-analysis was evaluated: it fires for the call while the first rule stays at one incident.
  const { data: compliance } = await (
    await request.post("/api/v1/alerts", { headers, data: { name: uniqueName("Compliance"), projectId, condition: { field: "complianceStatus", operator: "eq", value: "failed" } } })
  ).json();
  const { data: analyses } = await (await request.get(`/api/v1/analyses?recordId=${recordId}`, { headers })).json();
  const again = await request.post(`/api/v1/analyses/${analyses[0].id}/re-analyze`, { headers });
  expect(again.status()).toBe(202);
  const [second] = await waitForIncidents(request, `/api/v1/alerts/${compliance.id}/incidents`, 1);
  expect(second).toMatchObject({ recordId, analysisId: (await again.json()).data.id, message: "Compliance failed" });
  expect((await (await request.get(`/api/v1/alerts/${rule.id}/incidents`, { headers })).json()).meta.total).toBe(1);
  await request.delete(`/api/v1/alerts/${compliance.id}`, { headers });

  // Disabled, then deleted: the incident stays as history.
  const disabled = await request.patch(`/api/v1/alerts/${rule.id}`, { headers, data: { enabled: false } });
  expect((await disabled.json()).data.enabled).toBe(false);
  const listed = await (await request.get(`/api/v1/alerts?enabled=false&projectId=${projectId}`, { headers })).json();
  expect(listed.data.map((r: { id: string }) => r.id)).toContain(rule.id);
  expect((await (await request.delete(`/api/v1/alerts/${rule.id}`, { headers })).json()).data).toEqual({ id: rule.id, deleted: true });
  expect((await request.get(`/api/v1/alerts/${rule.id}`, { headers })).status()).toBe(404);
  expect((await (await request.get(`/api/v1/incidents/${incident!.id}`, { headers })).json()).data).toMatchObject({ ruleId: null, ruleName: name });
});

const lowScore = { field: "qualityScore", operator: "lt", value: 60 };
const badRules: [string, Record<string, unknown>, string][] = [
  ["an unknown field", { condition: { field: "mood", operator: "eq", value: "bad" } }, "condition.field"],
  ["an unknown operator", { condition: { field: "qualityScore", operator: "below", value: 60 } }, "condition.operator"],
  ["an operator the field does not allow", { condition: { field: "complianceStatus", operator: "lt", value: "failed" } }, "condition.operator"],
  ["a value of the wrong type", { condition: { field: "qualityScore", operator: "lt", value: "sixty" } }, "condition.value"],
  ["a criterion without its id", { condition: { field: "criterion", operator: "eq", value: "failed" } }, "condition.criterionId"],
  ["a window of one match", { window: { count: 1, within: { amount: 1, unit: "days" }, per: "agent" } }, "window.count"],
  ["a window longer than 30 days", { window: { count: 3, within: { amount: 800, unit: "hours" }, per: "agent" } }, "window.within.amount"],
  ["an unknown action", { actions: ["sms"] }, "actions.0"],
  ["an unknown key", { severity: "high" }, "severity"],
];
for (const [label, patch, field] of badRules) {
  test(`a rule with ${label} is a 400 naming ${field}, and nothing is created`, async ({ request }) => {
    const headers = bearer(key);
    const name = uniqueName("Refused rule");
    const response = await request.post("/api/v1/alerts", { headers, data: { name, projectId, condition: lowScore, ...patch } });
    expect(response.status()).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details!.fields!)).toContain(field);
    const { data: rules } = await (await request.get(`/api/v1/alerts?projectId=${projectId}&pageSize=100`, { headers })).json();
    expect(rules.map((r: { name: string }) => r.name)).not.toContain(name);
  });
}

test("bad updates and list queries are 400s; unknown ids and other organizations' projects are 404s", async ({ request }) => {
  const headers = bearer(key);
  const { data: rule } = await (await request.post("/api/v1/alerts", { headers, data: { name: uniqueName("Patched"), projectId, condition: lowScore } })).json();
  const patch = await request.patch(`/api/v1/alerts/${rule.id}`, { headers, data: { condition: { field: "keyword", operator: "eq", value: "refund" } } });
  expect(patch.status()).toBe(400);
  expect(Object.keys((await errorOf(patch)).details!.fields!)).toEqual(["condition.operator"]);
  const status = await request.get("/api/v1/incidents?status=closed", { headers });
  expect(status.status()).toBe(400);
  expect(Object.keys((await errorOf(status)).details!.fields!)).toEqual(["status"]);
  expect((await request.get("/api/v1/alerts?enabled=maybe", { headers })).status()).toBe(400);
  expect((await request.get("/api/v1/alerts/alr_doesnotexist00000000/incidents", { headers })).status()).toBe(404);
  expect((await request.post("/api/v1/incidents/inc_doesnotexist00000000/resolve", { headers })).status()).toBe(404);
  const foreign = await request.post("/api/v1/alerts", { headers, data: { name: "Foreign", projectId: "proj_notoursatall000000", condition: lowScore } });
  expect(foreign.status()).toBe(404);
});

test("a reviewer's key reads rules and incidents but cannot change them; a viewer's sees none", async ({ request }) => {
  const keyFor = async (role: string) => {
    const created = await request.post("/api/v1/api-keys", { headers: bearer(key), data: { name: uniqueName(`${role} key`), role } });
    return (await created.json()).data.key as string;
  };
  const reviewer = bearer(await keyFor("reviewer"));
  const viewer = bearer(await keyFor("viewer"));
  expect((await request.get("/api/v1/alerts", { headers: reviewer })).status()).toBe(200);
  expect((await request.get("/api/v1/incidents", { headers: reviewer })).status()).toBe(200);
  expect((await request.post("/api/v1/alerts", { headers: reviewer, data: { name: "No", condition: lowScore } })).status()).toBe(403);
  expect((await request.get("/api/v1/incidents", { headers: viewer })).status()).toBe(403);
  expect((await request.get("/api/v1/alerts", { headers: viewer })).status()).toBe(403);
});
