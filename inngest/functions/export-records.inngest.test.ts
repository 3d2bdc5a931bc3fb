import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../db/testing/factories";
import type { TestDb } from "../../db/testing/test-db";
import type { ServiceContext } from "../../lib/services/context";
import { createExport } from "../../lib/services/exports/create-export";
import { exportObjectKey } from "../../lib/services/exports/export-owner";
import { getExport } from "../../lib/services/exports/get-export";
import { createProject } from "../../lib/services/projects/create-project";
import { createRecord } from "../../lib/services/records/create-record";
import { getStorage } from "../../lib/storage";
import { EVENTS } from "../events";
import { toInngestFunction } from "../to-inngest-function";
import { expireExportJob } from "./expire-export";
import { exportRecords } from "./export-records";
import { type JobTestEnv, openJobTestEnv } from "../../test-fixtures/job-test-env";

/**
 * Exports as production runs them on Inngest: the export job writes the file
 * and announces it; the expiry job sleeps until the export expires (the sleep
 * is mocked, as Inngest would resume it) and deletes the file. The embedded
 * runner's path is covered in lib/services/exports/exports.test.ts.
 */
// Any event not mocked would go to a closed loopback port, never to the internet.
const client = new Inngest({ id: "callscope-test", eventKey: "test-key", baseUrl: "http://127.0.0.1:9" });
let env: JobTestEnv;

let testDb: TestDb;
let owner: ServiceContext;

beforeAll(async () => {
    // The service queues its job on the embedded runner's table here; Inngest's test engine runs it below.
  env = await openJobTestEnv("export-inngest");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  const projectId = (await createProject(owner, { name: "Support" })).id;
  await createRecord(owner, { projectId, type: "chat", agentName: "Sarah", content: "Where is my parcel?" });
});
afterAll(async () => {
  await env.close();
});

describe("exports on Inngest", () => {
  it("writes the file, announces it, and the expiry job deletes it after sleeping until expiresAt", async () => {
    const pending = await createExport(owner, { format: "json", include: [] });
    const data = { orgId: owner.orgId, exportId: pending.id };

    const announced = vi.fn(() => ({ ids: ["evt_1"] }));
    const write = new InngestTestEngine({
      function: toInngestFunction(client, exportRecords),
      events: [{ name: EVENTS.exportRequested.name, data }],
      steps: [{ id: "export-completed", handler: announced }],
    });
    const written = await write.execute();
    expect(written.error).toBeUndefined();
    expect(written.result).toMatchObject({ status: "completed", recordCount: 1, expiresAt: expect.any(String) });
    expect(written.ctx.step.sendEvent).toHaveBeenCalledWith("export-completed", {
      id: `export-completed:${pending.id}`,
      name: EVENTS.exportCompleted.name,
      data,
    });
    const done = await getExport(owner, pending.id);
    expect(done).toMatchObject({ status: "completed", recordCount: 1, downloadUrl: expect.any(String) });
    const key = exportObjectKey(pending.id, "json");
    expect(await getStorage().stat(key)).toMatchObject({ size: done.sizeBytes });

    const slept = vi.fn(() => undefined);
    const expire = new InngestTestEngine({
      function: toInngestFunction(client, expireExportJob),
      events: [{ name: EVENTS.exportCompleted.name, data }],
      steps: [{ id: "until-expiry", handler: slept }],
    });
    const expired = await expire.execute();
    expect(expired.error).toBeUndefined();
    expect(expired.result).toEqual({ status: "expired", expiresAt: done.expiresAt });
    // About a day, the default EXPORT_TTL_HOURS.
    const [, duration] = (expired.ctx.step.sleep as unknown as { mock: { calls: [string, number][] } }).mock.calls[0]!;
    expect(duration).toBeGreaterThan(23 * 3_600_000);
    expect(duration).toBeLessThanOrEqual(24 * 3_600_000);
    expect(slept).toHaveBeenCalledTimes(1);
    expect(await getStorage().stat(key)).toBeNull();
    expect(await getExport(owner, pending.id)).toMatchObject({ status: "expired", downloadUrl: null });
  });

  it("skips an export deleted before its turn, announcing nothing", async () => {
    const t = new InngestTestEngine({
      function: toInngestFunction(client, exportRecords),
      events: [{ name: EVENTS.exportRequested.name, data: { orgId: owner.orgId, exportId: "exp_gone0000000000000000" } }],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ status: "skipped" });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});
