import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithOwner } from "../../db/testing/factories";
import type { TestDb } from "../../db/testing/test-db";
import { records } from "../../db/schema";
import { getAnalysis } from "../../lib/services/analyses/get-analysis";
import { listAnalyses } from "../../lib/services/analyses/list-analyses";
import type { ServiceContext } from "../../lib/services/context";
import { createProject } from "../../lib/services/projects/create-project";
import { createRecord } from "../../lib/services/records/create-record";
import { getTranscript } from "../../lib/services/records/get-transcript";
import { uploadRecord } from "../../lib/services/records/upload-record";
import { getStorage, readObjectBytes } from "../../lib/storage";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../test-fixtures/job-test-env";

let testDb: TestDb;
let ctx: ServiceContext;
let env: JobTestEnv;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-redaction-audio-"));
const callWav = path.join(work, "phone.wav");

beforeAll(async () => {
    // A customer reads out a phone number (PocketSphinx hears it as spoken digits).
  const raw = path.join(work, "raw.wav");
  execFileSync("flite", ["-voice", "kal16", "-t", "Sure, my phone number is five five five, one two three, four five six seven. Thank you.", "-o", raw]);
  execFileSync("sox", ["-D", "-R", raw, "-r", "16000", "-c", "1", "-b", "16", callWav, "pad", "0.5", "0.5"]);
  env = await openJobTestEnv("redaction");
  testDb = env.testDb;
  ctx = (await createOrgWithOwner(testDb.db)).ctx;
}, 60_000);
afterAll(async () => {
  await env.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const runner = () => jobRunner(testDb.db);

function upload(file: string, projectId: string) {
  const form = new FormData();
  form.append("projectId", projectId);
  form.append("file", new Blob([fs.readFileSync(file)]), path.basename(file));
  const request = new Request("http://callscope.test/api/v1/records/upload", { method: "POST", body: form });
  return uploadRecord(ctx, { body: request.body, contentType: request.headers.get("content-type")! });
}

/** RMS of 16-bit mono PCM samples between two times of a WAV with a 44-byte header. */
function rms(wav: Buffer, fromMs: number, toMs: number): number {
  const start = 44 + Math.floor((fromMs / 1000) * 16000) * 2;
  const end = Math.min(wav.length, 44 + Math.floor((toMs / 1000) * 16000) * 2);
  let sum = 0;
  let n = 0;
  for (let i = start; i + 1 < end; i += 2, n++) sum += wav.readInt16LE(i) ** 2;
  return n ? Math.sqrt(sum / n) : 0;
}

describe("redaction in the pipeline", () => {
  it("masks a spoken phone number in the transcript and silences it in the audio, dropping the original", async () => {
    const project = await createProject(ctx, { name: "Redacted", settings: { redaction: { enabled: true, entities: ["phone"] } } });
    const record = await upload(callWav, project.id);
    await runner().runUntilIdle(120_000);

    const transcript = await getTranscript(ctx, record.id);
    expect(transcript.text).toContain("[PHONE]");
    expect(transcript.text).not.toMatch(/five five five/);
    expect(JSON.stringify(transcript.segments)).not.toMatch(/\bseven\b/);

    const [row] = await testDb.db.select().from(records).where(eq(records.id, record.id));
    expect(row!.status).toBe("completed");
    expect(row!.audioKey).toBe(`records/${record.id}/redacted.wav`);
    expect(await getStorage().stat(`records/${record.id}/original`)).toBeNull();
    // Decoded channels and raw words are gone too.
    expect(await getStorage().stat(`records/${record.id}/channel-0.wav`)).toBeNull();
    expect(await getStorage().stat(`records/${record.id}/channel-0.words.json`)).toBeNull();

    const stored = await testDb.db.query.transcripts.findFirst({ where: (t, { eq: is }) => is(t.recordId, record.id) });
    expect(stored!.redactions).toHaveLength(1);
    const { startMs, endMs } = stored!.redactions[0]!;
    const audio = await readObjectBytes(getStorage(), row!.audioKey!);
    const original = fs.readFileSync(callWav);
    expect(rms(original, startMs + 200, endMs - 200)).toBeGreaterThan(100);
    expect(rms(audio, startMs, endMs)).toBeLessThan(1);
    // Speech outside the span is untouched.
    expect(rms(audio, 500, 1500)).toBeGreaterThan(100);

    const [summary] = (await listAnalyses(ctx, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
    const analysis = await getAnalysis(ctx, summary!.id);
    expect(JSON.stringify(analysis)).not.toMatch(/five five five/);
  }, 180_000);

  it("keeps the original when the project says so", async () => {
    const project = await createProject(ctx, { name: "Keep", settings: { redaction: { enabled: true, entities: ["phone"], keepOriginalAudio: true } } });
    const record = await upload(callWav, project.id);
    await runner().runUntilIdle(120_000);
    const [row] = await testDb.db.select().from(records).where(eq(records.id, record.id));
    expect(row!.audioKey).toBe(`records/${record.id}/redacted.wav`);
    expect(await getStorage().stat(`records/${record.id}/original`)).not.toBeNull();
  }, 180_000);

  it("masks cards and emails in chats before they are stored or analysed", async () => {
    const project = await createProject(ctx, { name: "Chats", settings: { redaction: { enabled: true } } });
    const { record } = await createRecord(ctx, {
      projectId: project.id,
      type: "chat",
      messages: [
        { speaker: "customer", text: "My card is 4111 1111 1111 1111 and my email is jane.doe@example.com" },
        { speaker: "agent", text: "Thanks, I have updated the payment details." },
      ],
    });
    await runner().runUntilIdle();
    const transcript = await getTranscript(ctx, record.id);
    expect(transcript.segments[0]!.text).toBe("My card is [CARD] and my email is [EMAIL]");
    const [summary] = (await listAnalyses(ctx, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
    const analysis = JSON.stringify(await getAnalysis(ctx, summary!.id));
    expect(analysis).not.toContain("4111");
    expect(analysis).not.toContain("jane.doe");
  });
});
