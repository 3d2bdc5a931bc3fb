import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { jobDeps } from "../../../inngest/deps";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { getAnalysis } from "../analyses/get-analysis";
import { listAnalyses } from "../analyses/list-analyses";
import { reanalyzeRecord } from "../analyses/reanalyze-record";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { getProjectStats } from "../projects/get-project-stats";
import { createRecord } from "../records/create-record";
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from "./annotations";
import { listReviewQueue } from "./review-queue";
import { getReview, submitReview } from "./reviews";
import { jobRunner } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let reviewer: ServiceContext;
let projectId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  reviewer = (await addUserWithRole(testDb.db, owner.orgId, "reviewer")).ctx;
  projectId = (await createProject(owner, { name: "QA" })).id;
});
afterAll(() => testDb.close());

async function analysed(segments = SUPPORT_CALL) {
  const { record } = await createRecord(owner, { projectId, type: "call", transcript: { segments } });
  await jobRunner(testDb.db).runUntilIdle();
  const [summary] = (await listAnalyses(owner, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
  return getAnalysis(owner, summary!.id);
}

describe("annotations", () => {
  it("pins notes to characters or times of a segment, lists them in transcript order, and lets only the author change them", async () => {
    const analysis = await analysed();
    const text = SUPPORT_CALL[2]!.text;
    const byChars = await createAnnotation(reviewer, analysis.id, { segmentIndex: 2, charStart: 0, charEnd: 5, label: "empathy", comment: "Good apology" });
    expect(byChars).toMatchObject({ quote: text.slice(0, 5), startMs: SUPPORT_CALL[2]!.startMs, charStart: 0 });
    const byTime = await createAnnotation(reviewer, analysis.id, { segmentIndex: 0, startMs: 0, endMs: 1000, label: "greeting" });
    expect(byTime).toMatchObject({ quote: SUPPORT_CALL[0]!.text, charStart: null, comment: "" });
    expect((await listAnnotations(owner, analysis.id)).map((a) => a.id)).toEqual([byTime.id, byChars.id]);
    // A re-analysis scores the same transcript: the notes stay with it.
    const again = await reanalyzeRecord(owner, analysis.id, {});
    expect((await listAnnotations(owner, again.id)).map((a) => a.id)).toEqual([byTime.id, byChars.id]);

    expect((await updateAnnotation(reviewer, analysis.id, byChars.id, { comment: "Sincere apology" })).comment).toBe("Sincere apology");
    await expectAppError(updateAnnotation(owner, analysis.id, byChars.id, { comment: "mine now" }), "FORBIDDEN");
    await expectAppError(deleteAnnotation(owner, analysis.id, byChars.id), "FORBIDDEN");
    await deleteAnnotation(reviewer, analysis.id, byChars.id);
    expect((await listAnnotations(owner, analysis.id)).map((a) => a.id)).toEqual([byTime.id]);
  });

  it.each([
    ["a segment that does not exist", { segmentIndex: 99, charStart: 0, charEnd: 1, label: "x" }, "segmentIndex"],
    ["characters past the text", { segmentIndex: 0, charStart: 0, charEnd: 10_000, label: "x" }, "charEnd"],
    ["an empty span", { segmentIndex: 0, charStart: 4, charEnd: 4, label: "x" }, "charEnd"],
    ["half a span", { segmentIndex: 0, charStart: 4, label: "x" }, "charEnd"],
    ["no span", { segmentIndex: 0, label: "x" }, "charStart"],
    ["a time outside the segment", { segmentIndex: 0, startMs: 50_000, endMs: 60_000, label: "x" }, "startMs"],
    ["no label", { segmentIndex: 0, charStart: 0, charEnd: 3 }, "label"],
  ])("refuses %s", async (_name, body, field) => {
    const analysis = await analysed();
    await expectAppError(createAnnotation(reviewer, analysis.id, body), "VALIDATION_ERROR", field);
  });

  it("keeps viewers and other organizations out", async () => {
    const analysis = await analysed();
    const viewer = (await addUserWithRole(testDb.db, owner.orgId, "viewer")).ctx;
    await expectAppError(createAnnotation(viewer, analysis.id, { segmentIndex: 0, charStart: 0, charEnd: 3, label: "x" }), "FORBIDDEN");
    const other = (await createOrgWithOwner(testDb.db)).ctx;
    await expectAppError(listAnnotations(other, analysis.id), "NOT_FOUND");
  });
});

describe("reviews", () => {
  it("recomputes the score from the reviewer's answers, measures agreement, keeps history, and leaves the queue", async () => {
    const analysis = await analysed();
    const queued = await listReviewQueue(reviewer, { page: 1, pageSize: 100, projectId });
    expect(queued.items.map((i) => i.id)).toContain(analysis.id);
    // Failed compliance comes first.
    expect(queued.items[0]!.complianceStatus).toBe("failed");

    const flip = new Set(["recording-disclosure", "resolution"]);
    const answers = analysis.criteria.map((c) => ({
      criterionId: c.id,
      result: flip.has(c.id) ? "passed" : c.result === "not_evaluated" ? "not_applicable" : c.result,
    }));
    const draft = await submitReview(reviewer, analysis.id, { answers: answers.slice(0, 2), status: "draft" });
    expect(draft.status).toBe("draft");
    expect((await listReviewQueue(reviewer, { page: 1, pageSize: 100, projectId })).items.map((i) => i.id)).toContain(analysis.id);

    const review = await submitReview(reviewer, analysis.id, { answers, comment: "Disclosure was in the IVR" });
    expect(review).toMatchObject({ status: "submitted", complianceStatus: "passed", comment: "Disclosure was in the IVR" });
    // The AI judged every criterion but the question; the reviewer overturned only the disclosure.
    const judged = analysis.criteria.filter((c) => c.result !== "not_evaluated").length;
    expect(review.agreement).toBe(Math.round(((judged - 1) / judged) * 1000) / 1000);
    expect(review.qualityScore!).toBeGreaterThan(analysis.qualityScore!);

    const { review: current, history } = await getReview(owner, analysis.id);
    expect(current!.id).toBe(review.id);
    // The draft was replaced by the submission; a second submission keeps the first as history.
    expect(history).toEqual([]);
    const second = await submitReview(reviewer, analysis.id, { answers, comment: "Second look" });
    expect((await getReview(owner, analysis.id)).history.map((h) => h.id)).toEqual([review.id]);
    expect(second.id).not.toBe(draft.id);
    expect((await listReviewQueue(reviewer, { page: 1, pageSize: 100, projectId })).items.map((i) => i.id)).not.toContain(analysis.id);

    const stats = await getProjectStats(owner, projectId, {});
    expect(stats.aiReviewerAgreement).toBe(second.agreement);
    expect(stats.compliancePassRate).toBe(0);
  });

  it("refuses unknown, repeated and missing criteria, naming them, and roles that cannot review", async () => {
    const analysis = await analysed();
    const all = analysis.criteria.map((c) => ({ criterionId: c.id, result: "passed" }));
    await expectAppError(submitReview(reviewer, analysis.id, { answers: [...all, { criterionId: "made-up", result: "passed" }] }), "VALIDATION_ERROR", `answers.${all.length}.criterionId`);
    await expectAppError(submitReview(reviewer, analysis.id, { answers: [...all, all[0]] }), "VALIDATION_ERROR", `answers.${all.length}.criterionId`);
    const error = await expectAppError(submitReview(reviewer, analysis.id, { answers: all.slice(1) }), "VALIDATION_ERROR", "answers");
    expect(JSON.stringify(error.details)).toContain(analysis.criteria[0]!.id);
    await expectAppError(submitReview(reviewer, analysis.id, { answers: [{ criterionId: all[0]!.criterionId, result: "great" }] }), "VALIDATION_ERROR", "answers.0.result");
    const viewer = (await addUserWithRole(testDb.db, owner.orgId, "viewer")).ctx;
    await expectAppError(submitReview(viewer, analysis.id, { answers: all }), "FORBIDDEN");
    await expectAppError(listReviewQueue(viewer, { page: 1, pageSize: 10 }), "FORBIDDEN");
  });
});
