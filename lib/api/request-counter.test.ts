import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { apiRequestCounts } from "../../db/schema";
import type { Db } from "../../db/client";
import { countApiRequest, flushApiRequestCounts, REQUEST_COUNT_FLUSH_MS, routePattern } from "./request-counter";

describe("the route a request is counted under", () => {
  it.each([
    ["/api/v1/records", undefined, "/records"],
    ["/api/v1/projects", {}, "/projects"],
    ["/api/v1/records/rec_123/transcript", { id: "rec_123" }, "/records/:id/transcript"],
    ["/api/v1/analyses/ana_1/annotations/ann_2", { id: "ana_1", annotationId: "ann_2" }, "/analyses/:id/annotations/:annotationId"],
    ["/api/v1/billing/summary/org_9", { orgId: "org_9" }, "/billing/summary/:orgId"],
    // The resource segment is never a parameter, even when a value equals it.
    ["/api/v1/records/records", { id: "records" }, "/records/:id"],
    ["/api/v1/projects/a%20b", { id: "a b" }, "/projects/:id"],
  ])("%s is %s", (pathname, params, expected) => {
    expect(routePattern(pathname, params)).toBe(expected);
  });
});

describe("counting requests", () => {
  let testDb: TestDb;
  let orgId: string;
  beforeAll(async () => {
    testDb = await createTestDb();
    orgId = (await createOrgWithOwner(testDb.db)).org.id;
  });
  afterAll(() => testDb.close());

  const rows = () => testDb.db.select().from(apiRequestCounts).where(eq(apiRequestCounts.orgId, orgId)).orderBy(apiRequestCounts.route);

  it("adds up in memory, writes in one go within the flush interval, and adds to what is stored", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    try {
      const day = new Date("2026-03-04T12:00:00Z");
      for (let i = 0; i < 3; i++) countApiRequest(testDb.db, orgId, "GET /records", day);
      countApiRequest(testDb.db, orgId, "POST /records", day);
      expect(await rows()).toEqual([]);
      await vi.advanceTimersByTimeAsync(REQUEST_COUNT_FLUSH_MS);
      await vi.waitFor(async () => expect(await rows()).toHaveLength(2));
      countApiRequest(testDb.db, orgId, "GET /records", day);
      await flushApiRequestCounts(testDb.db);
      expect((await rows()).map((r) => [r.day, r.route, r.count])).toEqual([
        ["2026-03-04", "GET /records", 4],
        ["2026-03-04", "POST /records", 1],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the counts when the write fails, for the next one", async () => {
    const day = new Date("2026-03-05T12:00:00Z");
    countApiRequest(testDb.db, orgId, "GET /projects", day);
    const broken = { insert: () => ({ values: () => ({ onConflictDoUpdate: () => Promise.reject(new Error("database gone")) }) }) } as unknown as Db;
    await flushApiRequestCounts(broken);
    countApiRequest(testDb.db, orgId, "GET /projects", day);
    await flushApiRequestCounts(testDb.db);
    expect((await rows()).find((r) => r.day === "2026-03-05")).toMatchObject({ route: "GET /projects", count: 2 });
  });
});
