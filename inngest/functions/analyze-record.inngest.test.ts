import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { SUPPORT_CALL } from "../../lib/analysis/local/support-call.fixture";
import { getAnalysis } from "../../lib/services/analyses/get-analysis";
import type { ServiceContext } from "../../lib/services/context";
import { createProject } from "../../lib/services/projects/create-project";
import { createRecord } from "../../lib/services/records/create-record";
import { getRecord } from "../../lib/services/records/get-record";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";
import { toInngestFunction } from "../to-inngest-function";
import { analyzeRecord } from "./analyze-record";

/**
 * The last stage of the pipeline as production runs it: registered with
 * Inngest and executed by its test engine against a real database. The
 * embedded runner's path is covered in lib/services/analyses/analyses.test.ts.
 */
// Any event not mocked would go to a closed loopback port, never to the internet.
const client = new Inngest({ id: "callscope-test", eventKey: "test-key", baseUrl: "http://127.0.0.1:9" });

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Support" })).id;
});
afterAll(async () => {
  await testDb.close();
});

describe("analyze-record on Inngest", () => {
  it("scores the transcript, completes the record and announces the analysis", async () => {
    const { record } = await createRecord(owner, { projectId, type: "call", agentName: "Sarah", transcript: { segments: SUPPORT_CALL } });
    const announced = vi.fn(() => ({ ids: ["evt_1"] }));
    // A new engine per run: the engine keeps step state between executions.
    const t = new InngestTestEngine({
      function: toInngestFunction(client, analyzeRecord),
      events: [{ name: EVENTS.transcriptReady.name, data: { orgId: owner.orgId, recordId: record.id } }],
      steps: [{ id: "analysis-completed", handler: announced }],
    });
    const { result, error, ctx } = await t.execute();
    expect(error).toBeUndefined();
    const { analysisId } = result as { analysisId: string; completed: boolean };
    expect(result).toEqual({ analysisId: expect.stringMatching(/^ana_/), completed: true });

    const analysis = await getAnalysis(owner, analysisId);
    expect(analysis).toMatchObject({ status: "completed", recordId: record.id, complianceStatus: expect.any(String) });
    expect(analysis.qualityScore).toEqual(expect.any(Number));
    expect(analysis.criteria.find((c) => c.id === "greeting")).toMatchObject({ result: "passed" });
    expect(await getRecord(owner, record.id)).toMatchObject({ status: "completed", qualityScore: analysis.qualityScore });

    expect(ctx.step.sendEvent).toHaveBeenCalledWith("analysis-completed", {
      id: `analysis-completed:${analysisId}`,
      name: EVENTS.analysisCompleted.name,
      data: { orgId: owner.orgId, analysisId, recordId: record.id },
    });
    expect(announced).toHaveBeenCalledTimes(1);
  });

  it("skips a record deleted before its turn, announcing nothing", async () => {
    const t = new InngestTestEngine({
      function: toInngestFunction(client, analyzeRecord),
      events: [{ name: EVENTS.transcriptReady.name, data: { orgId: owner.orgId, recordId: "rec_gone" } }],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ skipped: true });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});
