import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import { records, scorecards, transcripts } from "../../../db/schema";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { getProjectStats } from "../projects/get-project-stats";
import { createRecord } from "../records/create-record";
import { getRecord } from "../records/get-record";
import { retryRecord } from "../records/retry-record";
import { getScorecard } from "../scorecards/get-scorecard";
import { listScorecardVersions } from "../scorecards/list-scorecard-versions";
import { saveScorecard } from "../scorecards/save-scorecard";
import { getAnalysis } from "./get-analysis";
import { listAnalyses } from "./list-analyses";
import { getQualityOverview } from "./quality-overview";
import { reanalyzeRecord } from "./reanalyze-record";
import { previewScorecard } from "../scorecards/preview-scorecard";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let env: JobTestEnv;

beforeAll(async () => {
    env = await openJobTestEnv("analyses");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Billing" })).id;
});
afterAll(async () => {
  await env.close();
});

const runner = () => jobRunner(testDb.db);
const page = { page: 1, pageSize: 20 };
const listQuery = { ...page, sort: "createdAt" as const, order: "desc" as const };

async function analysedCall(extra: Record<string, unknown> = {}) {
  const { record } = await createRecord(owner, { projectId, type: "call", agentName: "Sarah", transcript: { segments: SUPPORT_CALL }, ...extra });
  await runner().runUntilIdle();
  return getRecord(owner, record.id);
}

describe("scorecards", () => {
  it("gives a new project the default scorecard as version 1, and saves edits as new versions", async () => {
    const current = await getScorecard(owner, projectId);
    expect(current).toMatchObject({ projectId, version: 1, definition: { name: "Standard call quality" } });

    const edited = { ...current.definition, name: "Billing QA", criteria: current.definition.criteria.slice(0, 3) };
    const saved = await saveScorecard(owner, projectId, edited);
    expect(saved).toMatchObject({ version: 2, created: true });
    // The same definition again is no new version.
    expect(await saveScorecard(owner, projectId, edited)).toMatchObject({ version: 2, created: false });
    expect((await getScorecard(owner, projectId)).definition.name).toBe("Billing QA");
    expect((await getScorecard(owner, projectId, 1)).definition.criteria).toHaveLength(9);
    const versions = await listScorecardVersions(owner, projectId, page);
    expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
    // Back to the default for the rest of the file.
    await saveScorecard(owner, projectId, current.definition);
  });

  it("refuses a bad scorecard naming the field, a role that cannot manage projects, and a foreign project", async () => {
    const current = await getScorecard(owner, projectId);
    const bad = { ...current.definition, criteria: [{ ...current.definition.criteria[0]!, weight: -1 }] };
    await expectAppError(saveScorecard(owner, projectId, bad), "VALIDATION_ERROR", "criteria.0.weight");
    const reviewer = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    await expectAppError(saveScorecard(reviewer.ctx, projectId, current.definition), "FORBIDDEN");
    const other = await createOrgWithOwner(testDb.db);
    await expectAppError(getScorecard(other.ctx, projectId), "NOT_FOUND");
    await expectAppError(getScorecard(owner, projectId, 99), "NOT_FOUND");
  });
});

describe("analysis in the pipeline", () => {
  it("scores every completed record, with criteria, evidence, summary and sentiment", async () => {
    const record = await analysedCall();
    expect(record.status).toBe("completed");
    expect(record.qualityScore).toEqual(expect.any(Number));
    expect(record.complianceStatus).toBe("failed"); // the support call never says it is recorded

    const [summary] = (await listAnalyses(owner, { ...listQuery, recordId: record.id })).items;
    const analysis = await getAnalysis(owner, summary!.id);
    const { version } = await getScorecard(owner, projectId);
    expect(analysis).toMatchObject({ status: "completed", recordId: record.id, scorecardVersion: version, analyzer: "local", summarySource: "local" });
    expect(analysis.qualityScore).toBe(record.qualityScore);
    const byId = Object.fromEntries(analysis.criteria.map((c) => [c.id, c]));
    expect(byId.greeting!.result).toBe("passed");
    expect(byId.greeting!.evidence[0]).toMatchObject({ segmentIndex: 0, startMs: 0, quote: "Thank you for calling" });
    expect(byId["recording-disclosure"]).toMatchObject({ result: "failed", compliance: true });
    expect(byId.resolution).toMatchObject({ result: "not_evaluated", type: "question" });
    // A call sent with its transcript gets talk metrics from its turns' times.
    expect(byId["balanced-conversation"]).toMatchObject({ result: "passed", value: expect.any(Number) });
    expect(analysis.talkMetrics!.talkRatio).toBeCloseTo(byId["balanced-conversation"]!.value!, 3);
    expect(byId["customer-sentiment"]!.result).toBe("passed");
    expect(analysis.improvements[0]).toMatch(/recorded/);
    expect(analysis.summary?.length).toBeGreaterThan(20);
    expect(analysis.sentiment?.speakers.customer?.trend.direction).toBe("improving");
    expect(analysis.categories).toHaveProperty("greeting", 100);
    expect(analysis.entities.some((e) => e.type === "money")).toBe(true);

    const stats = await getProjectStats(owner, projectId, {});
    expect(stats.averageQualityScore).toBe(record.qualityScore);
  });

  it("re-analyses with another scorecard version as a new analysis, keeping the old one", async () => {
    const record = await analysedCall();
    const [first] = (await listAnalyses(owner, { ...listQuery, recordId: record.id })).items;
    const current = await getScorecard(owner, projectId);
    const strict = await saveScorecard(owner, projectId, {
      ...current.definition,
      name: "Disclosure only",
      criteria: current.definition.criteria.filter((c) => c.id === "recording-disclosure"),
    });

    const pending = await reanalyzeRecord(owner, first!.id, { scorecardVersion: strict.version });
    expect(pending).toMatchObject({ status: "pending", scorecardVersion: strict.version, recordId: record.id });
    await runner().runUntilIdle();

    const again = await getAnalysis(owner, pending.id);
    expect(again).toMatchObject({ status: "completed", qualityScore: 0, complianceStatus: "failed" });
    expect((await getAnalysis(owner, first!.id)).qualityScore).toBe(first!.qualityScore);
    expect((await getRecord(owner, record.id)).qualityScore).toBe(0);
    const both = await listAnalyses(owner, { ...listQuery, recordId: record.id });
    expect(both.items.map((a) => a.id)).toEqual([pending.id, first!.id]);
    expect((await listAnalyses(owner, { ...listQuery, recordId: record.id, maxScore: 10 })).items.map((a) => a.id)).toEqual([pending.id]);
    await expectAppError(reanalyzeRecord(owner, first!.id, { scorecardVersion: 999 }), "NOT_FOUND");
    // A transcript that is gone (being processed again) cannot be analysed: 409, nothing queued.
    const [saved] = await testDb.db.select().from(transcripts).where(eq(transcripts.recordId, record.id));
    await testDb.db.delete(transcripts).where(eq(transcripts.recordId, record.id));
    await expectAppError(reanalyzeRecord(owner, first!.id, {}), "CONFLICT");
    await testDb.db.insert(transcripts).values(saved!);
    await expectAppError(reanalyzeRecord(owner, first!.id, { version: 1 }), "VALIDATION_ERROR", "version");
    const viewer = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    await expectAppError(reanalyzeRecord(viewer.ctx, first!.id, {}), "FORBIDDEN");
    await saveScorecard(owner, projectId, current.definition);
  });

  it("fails the record when analysis cannot run, keeps the transcript, and analyses again on retry", async () => {
    const { record } = await createRecord(owner, { projectId, type: "call", transcript: { segments: SUPPORT_CALL } });
    // A stored scorecard that no longer validates (written around the service) breaks analysis for good.
    const [card] = await testDb.db.select().from(scorecards).where(eq(scorecards.projectId, projectId)).orderBy(scorecards.version);
    const saved = card!.definition;
    await testDb.db.update(scorecards).set({ definition: { ...saved, criteria: null as never } }).where(eq(scorecards.projectId, projectId));
    await runner().runUntilIdle();
    const failed = await getRecord(owner, record.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/^Analysis failed: .*The transcript is kept; retry the record/);
    const analyses = await listAnalyses(owner, { ...listQuery, recordId: record.id });
    expect(analyses.items.map((a) => a.status)).toEqual(["failed"]);

    await testDb.db.update(scorecards).set({ definition: saved }).where(eq(scorecards.id, card!.id));
    const latest = await getScorecard(owner, projectId);
    await testDb.db.update(scorecards).set({ definition: (await getScorecard(owner, projectId, 1)).definition }).where(eq(scorecards.id, latest.id));
    await retryRecord(owner, record.id);
    await runner().runUntilIdle();
    expect((await getRecord(owner, record.id)).status).toBe("completed");
    const [row] = await testDb.db.select({ audioKey: records.audioKey }).from(records).where(eq(records.id, record.id));
    expect(row!.audioKey).toBeNull();
  });
});

describe("scorecard preview and the quality overview", () => {
  it("scores a record with an unsaved scorecard and stores nothing", async () => {
    const record = await analysedCall();
    const before = await listAnalyses(owner, { ...listQuery, recordId: record.id });
    const { definition } = await getScorecard(owner, projectId);
    const draft = { ...definition, criteria: definition.criteria.filter((c) => ["greeting", "resolution"].includes(c.id)) };
    const preview = await previewScorecard(owner, projectId, { recordId: record.id, definition: draft });
    expect(preview.qualityScore).toBe(100);
    expect(preview.criteria.map((c) => [c.id, c.result])).toEqual([
      ["greeting", "passed"],
      ["resolution", "not_evaluated"],
    ]);
    expect(preview.criteria[1]!.explanation).toMatch(/not in the preview/);
    expect((await listAnalyses(owner, { ...listQuery, recordId: record.id })).total).toBe(before.total);
    await expectAppError(previewScorecard(owner, projectId, { recordId: record.id, definition: { ...draft, criteria: [] } }), "VALIDATION_ERROR", "definition.criteria");
    await expectAppError(previewScorecard(owner, projectId, { recordId: "rec_missing00000000000", definition: draft }), "NOT_FOUND");
  });

  it("sums up a period: volume, score, compliance, daily trend, customer sentiment and key phrases", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const project = await createProject(ctx, { name: "Overview" });
    for (let i = 0; i < 2; i++) await createRecord(ctx, { projectId: project.id, type: "call", transcript: { segments: SUPPORT_CALL } });
    await runner().runUntilIdle();
    const overview = await getQualityOverview(ctx, { projectId: project.id });
    const today = new Date().toISOString().slice(0, 10);
    expect(overview).toMatchObject({ records: 2, analysedRecords: 2, compliancePassRate: 0, aiReviewerAgreement: null });
    expect(overview.scoreTrend).toEqual([{ date: today, records: 2, averageQualityScore: overview.averageQualityScore, compliancePassRate: 0 }]);
    expect(overview.customerSentiment.positive + overview.customerSentiment.neutral).toBe(2);
    expect(overview.topKeyPhrases[0]!.records).toBe(2);
    const empty = await getQualityOverview(ctx, { projectId: project.id, from: new Date("2020-01-01"), to: new Date("2020-01-02") });
    expect(empty).toMatchObject({ records: 0, averageQualityScore: null, scoreTrend: [], topKeyPhrases: [] });
  });
});
