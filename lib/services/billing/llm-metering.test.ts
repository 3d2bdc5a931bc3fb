import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { usageEvents } from "../../../db/schema";
import { jobDeps } from "../../../inngest/deps";
import { allJobs } from "../../../inngest/functions";
import { LocalRunner } from "../../../inngest/local-runner";
import { startTestServer, type TestServer } from "../../../test-fixtures/http-server";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { resetConfigForTests } from "../../config";
import { bodyOf, replyJson, TEST_API_KEY } from "../../llm/chat-test-server";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { getBillingSummary } from "./get-billing-summary";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let llm: TestServer;
/** Replies to the questions that are not the JSON asked for, before a good one (each costs tokens). */
let badAnswers = 0;

beforeAll(async () => {
  // An OpenAI-compatible chat server; every completion reports 469 tokens used (chat-test-server's `usage`).
  llm = await startTestServer((req, res) => {
    const schema = bodyOf(req).response_format;
    const name = schema.type === "json_schema" ? schema.json_schema.name : "";
    if (name === "scorecard_answers") {
      if (badAnswers-- > 0) return replyJson(res, { verdict: "fine" });
      return replyJson(res, { answers: [{ id: "resolution", segmentIndex: 8, quote: "refund went through", explanation: "Confirmed.", answer: "yes" }] });
    }
    return replyJson(res, { summary: "A duplicate charge was refunded.", actionItems: [] });
  });
  vi.stubEnv("LLM_BASE_URL", `${llm.url}/v1`);
  vi.stubEnv("LLM_API_KEY", TEST_API_KEY);
  vi.stubEnv("PRICE_PER_1K_LLM_TOKENS", "0.002");
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

async function analysedRecordUsage() {
  const { record } = await createRecord(owner, { projectId, type: "call", transcript: { segments: SUPPORT_CALL } });
  await new LocalRunner({ db: testDb.db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 5 }).runUntilIdle();
  const rows = await testDb.db.select().from(usageEvents).where(eq(usageEvents.recordId, record.id));
  return Object.fromEntries(rows.map((r) => [r.kind, r]));
}

describe("metering an analysis that used an LLM", () => {
  it("meters the tokens of every completion, by the server's count, next to the analysis", async () => {
    const usage = await analysedRecordUsage();
    // One completion for the questions, one for the summary.
    expect(usage.llm_tokens).toMatchObject({ quantity: 938, unitPriceMicros: 2_000, costMicros: 1_876, sourceId: usage.analysis!.sourceId });
    expect(usage.analysis).toMatchObject({ quantity: 1, costMicros: 10_000 });
  });

  it("counts a reply that had to be corrected too: it was paid for", async () => {
    badAnswers = 1;
    const usage = await analysedRecordUsage();
    expect(usage.llm_tokens!.quantity).toBe(469 * 3);
    expect((await getBillingSummary(owner, owner.orgId)).totalLlmTokens).toBe(938 + 1407);
  });
});
