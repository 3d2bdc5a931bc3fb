import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { jobDeps } from "../../../inngest/deps";
import { allJobs } from "../../../inngest/functions";
import { LocalRunner } from "../../../inngest/local-runner";
import { startTestServer, type TestServer } from "../../../test-fixtures/http-server";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { resetConfigForTests } from "../../config";
import { bodyOf, replyJson, sendOpenAiError, TEST_API_KEY } from "../../llm/chat-test-server";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { getRecord } from "../records/get-record";
import { getAnalysis } from "./get-analysis";
import { listAnalyses } from "./list-analyses";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let llm: TestServer;
let mode: "ok" | "refuse" | "garbage" | "flaky" = "ok";
let flakyFailures = 0;

beforeAll(async () => {
  // An OpenAI-compatible chat server: answers the scorecard's question and writes a summary.
  llm = await startTestServer((req, res) => {
    if (mode === "refuse") return sendOpenAiError(res, 401, "Incorrect API key provided", { code: "invalid_api_key" });
    if (mode === "garbage") return replyJson(res, { verdict: "looks fine to me" });
    if (mode === "flaky" && flakyFailures-- > 0) return sendOpenAiError(res, 503, "The server is overloaded", { type: "server_error" });
    const body = bodyOf(req);
    const schema = body.response_format.type === "json_schema" ? body.response_format.json_schema.name : "";
    if (schema === "scorecard_answers") {
      return replyJson(res, {
        answers: [
          { id: "resolution", segmentIndex: 6, quote: "refund went through", explanation: "The agent confirmed the refund.", answer: "yes" },
        ],
      });
    }
    return replyJson(res, { summary: "The customer was charged twice; the agent refunded the duplicate charge.", actionItems: ["Send the confirmation email"] });
  });
  vi.stubEnv("LLM_BASE_URL", `${llm.url}/v1`);
  vi.stubEnv("LLM_API_KEY", TEST_API_KEY);
  vi.stubEnv("LLM_MODEL", "test-model");
  resetConfigForTests();
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "With LLM" })).id;
});
afterAll(async () => {
  await llm.close();
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
});

const runner = () => new LocalRunner({ db: testDb.db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 5 });

async function analyse() {
  const { record } = await createRecord(owner, { projectId, type: "call", transcript: { segments: SUPPORT_CALL } });
  await runner().runUntilIdle();
  const [summary] = (await listAnalyses(owner, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
  return { record: await getRecord(owner, record.id), analysis: summary ? await getAnalysis(owner, summary.id) : null };
}

describe("analysis with an LLM configured", () => {
  it("scores question criteria from the model's answers, with its quote as evidence, and uses its summary", async () => {
    const { record, analysis } = await analyse();
    expect(record.status).toBe("completed");
    const resolution = analysis!.criteria.find((c) => c.id === "resolution")!;
    expect(resolution).toMatchObject({ result: "passed", explanation: "The agent confirmed the refund." });
    // The model named segment 6; the quote is really in segment 8, and the evidence points there.
    expect(resolution.evidence[0]).toMatchObject({ segmentIndex: 8, quote: expect.stringMatching(/refund went through/i) });
    expect(analysis).toMatchObject({
      analyzer: "local+llm:test-model",
      summarySource: "llm",
      summary: "The customer was charged twice; the agent refunded the duplicate charge.",
    });
    expect(analysis!.actionItems.map((a) => a.text)).toEqual(["Send the confirmation email"]);
    const requests = llm.requests.filter((r) => r.url.pathname === "/v1/chat/completions");
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it.each([
    ["refuses the key", "refuse", /LLM_API_KEY/],
    ["answers with output that does not fit the schema", "garbage", /.+/],
  ] as const)("completes the analysis without the LLM when it %s, saying why on each question", async (_case, failing, reason) => {
    mode = failing;
    const { record, analysis } = await analyse();
    mode = "ok";
    expect(record.status).toBe("completed");
    const resolution = analysis!.criteria.find((c) => c.id === "resolution")!;
    expect(resolution.result).toBe("not_evaluated");
    expect(resolution.explanation).toMatch(/^The LLM could not answer: /);
    expect(resolution.explanation).toMatch(reason);
    expect(analysis).toMatchObject({ status: "completed", summarySource: "local", analyzer: "local" });
    expect(analysis!.qualityScore).toEqual(expect.any(Number));
  });

  it("retries a passing server error and then uses the answers", async () => {
    mode = "flaky";
    flakyFailures = 1;
    const { analysis } = await analyse();
    mode = "ok";
    expect(analysis!.criteria.find((c) => c.id === "resolution")!.result).toBe("passed");
    expect(analysis!.analyzer).toBe("local+llm:test-model");
  });
});
