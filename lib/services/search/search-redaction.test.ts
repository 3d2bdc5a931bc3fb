import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import { analyses } from "../../../db/schema";
import type { ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { getTranscript } from "../records/get-transcript";
import { searchRecords } from "./search-records";
import { searchQueryParams } from "./search-schemas";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let env: JobTestEnv;

beforeAll(async () => {
    env = await openJobTestEnv("search-redaction");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
});
afterAll(async () => {
  await env.close();
});

const search = (params: Record<string, string>) => searchRecords(owner, parseInput(searchQueryParams, params));

describe("redaction", () => {
  it("never finds masked card numbers or email addresses, while the words around them are found", async () => {
    const project = await createProject(owner, { name: "Redacted", settings: { redaction: { enabled: true, entities: ["cardNumber", "email"] } } });
    const turns = [
      "Thank you for calling, can I take the card for the deposit?",
      "Sure, my card is 4111 1111 1111 1111 and send the receipt to jane.doe@example.com please.",
      "Thanks, the deposit is booked and the receipt is on its way.",
    ];
    const { record } = await createRecord(owner, {
      projectId: project.id,
      type: "call",
      title: "Card on file",
      transcript: { segments: turns.map((text, i) => ({ speaker: i % 2 ? "customer" : "agent", startMs: i * 5000, endMs: i * 5000 + 4000, text })) },
    });
    const stored = await getTranscript(owner, record.id);
    expect(stored.text).not.toContain("4111");
    expect(stored.text).not.toContain("jane.doe");

    // The real pipeline analyses it, so the summary written from the masked transcript is searched too.
    await jobRunner(testDb.db).runUntilIdle();
    const [analysis] = await testDb.db.select({ summary: analyses.summary }).from(analyses).where(eq(analyses.recordId, record.id));
    expect(analysis?.summary).toBeTruthy();
    expect((await search({ q: "deposit", type: "summary" })).items.map((h) => h.recordId)).toEqual([record.id]);

    for (const q of ["4111 1111 1111 1111", "4111111111111111", "4111", "1111", "jane.doe@example.com", "jane.doe", '"jane doe"', "example.com"]) {
      expect((await search({ q })).total, q).toBe(0);
    }
    const around = await search({ q: "receipt deposit", type: "transcript" });
    expect(around.items.map((h) => h.recordId)).toEqual([record.id]);
    expect(around.items[0]!.snippet).toContain("<mark>receipt</mark>");
    expect(around.items[0]!.snippet).not.toMatch(/4111|jane/);
  });
});
