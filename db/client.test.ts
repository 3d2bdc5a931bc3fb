import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createOrganization } from "../lib/services/orgs/create-organization";
import { findOrganizationByIdOrSlug } from "../lib/services/orgs/find-organization";
import { openDatabase } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-db-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("embedded database", () => {
  it("migrates a fresh directory, keeps data across restarts, and re-migrates as a no-op", async () => {
    const first = await openDatabase({ pgliteDir: path.join(dir, "db") });
    await first.migrate();
    const org = await createOrganization(first.db, { name: "Persisted", slug: "persisted" });
    await first.close();

    const second = await openDatabase({ pgliteDir: path.join(dir, "db") });
    await second.migrate();
    expect((await findOrganizationByIdOrSlug(second.db, "persisted"))?.id).toBe(org.id);
    await second.close();
  });
});
