import { createReadStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projects, records, transcripts } from "../../db/schema";
import { prepareAudio } from "../../lib/audio/prepare";
import { computeTalkMetrics } from "../../lib/audio/talk-metrics";
import { createSttProvider } from "../../lib/stt";
import { mergeChannelTracks, splitMonoTurns } from "../../lib/stt/merge";
import type { SttWord } from "../../lib/stt/types";
import { redactTranscript } from "../../lib/redaction/redact-transcript";
import { meterProcessedAudio } from "../../lib/services/billing/meter-processed-audio";
import type { ProjectSettings } from "../../lib/services/projects/project-settings";
import { getStorage, readObjectBytes } from "../../lib/storage";
import { publishRecordEvent } from "../../lib/services/webhooks/publish-record-event";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { wakeJobEngine } from "../engine";
import { EVENTS } from "../events";
import { failureKey } from "./failure-key";
import { asPipelineError } from "./pipeline-errors";
import { redactAudio } from "./redact-audio";
import { withWorkDir } from "./work-dir";

const channelKey = (recordId: string, channel: number) => `records/${recordId}/channel-${channel}.wav`;
const wordsKeyOf = (recordId: string, channel: number) => `records/${recordId}/channel-${channel}.words.json`;

/** decodeChannels keeps at most the first two channels; removing a missing object is not an error. */
const MAX_CHANNELS = 2;

async function removeIntermediates(recordId: string, channels: number): Promise<void> {
  const storage = getStorage();
  await Promise.all(
    Array.from({ length: channels }, (_, i) => Promise.all([storage.delete(channelKey(recordId, i)), storage.delete(wordsKeyOf(recordId, i))])),
  );
}

async function readWords(key: string): Promise<SttWord[]> {
  return JSON.parse((await readObjectBytes(getStorage(), key)).toString("utf8")) as SttWord[];
}

async function projectRedaction(db: Db, projectId: string): Promise<ProjectSettings["redaction"]> {
  const [project] = await db.select({ settings: projects.settings }).from(projects).where(eq(projects.id, projectId));
  return project?.settings.redaction ?? { enabled: false, entities: [], keepOriginalAudio: false };
}

/**
 * The audio pipeline: decode the stored recording to 16 kHz PCM per channel,
 * transcribe the channels in parallel, merge them into speaker turns with word
 * timings, store the transcript with its talk metrics, and hand over to the
 * rest of the pipeline. Decoded channels are kept in storage so each step can
 * run (and be retried) on any machine.
 */
export const processRecording = defineJob({
  id: "process-recording",
  event: EVENTS.recordUploaded.name,
  schema: EVENTS.recordUploaded.schema,
  retries: 3,
  concurrencyPerOrg: 2,
  async handler({ event, step }) {
    const { orgId, recordId } = event.data;

    const record = await step.run("mark-processing", async () => {
      const db = await jobDeps.getDb();
      const [row] = await db
        .update(records)
        .set({ status: "processing", error: null, updatedAt: new Date() })
        .where(and(eq(records.id, recordId), eq(records.orgId, orgId), inArray(records.status, ["pending", "processing"])))
        .returning();
      if (!row?.audioKey) return null;
      const [project] = await db.select().from(projects).where(eq(projects.id, row.projectId));
      const agentChannel = row.agentChannel ?? project?.settings.agentChannel ?? "left";
      return { audioKey: row.audioKey, language: row.language ?? "en-US", agentChannel, projectId: row.projectId };
    });
    // Deleted (or already finished) while queued: nothing to do.
    if (!record) return { skipped: true };

    const decoded = await step.run("decode", () =>
      withWorkDir(async (dir) => {
        const original = path.join(dir, "original");
        await getStorage().toLocalFile(record.audioKey, original);
        const prepared = await prepareAudio(original, dir).catch((error: unknown) => {
          throw asPipelineError(error);
        });
        for (const [i, channelPath] of prepared.channelPaths.entries()) {
          await getStorage().put(channelKey(recordId, i), createReadStream(channelPath), { contentType: "audio/wav" });
        }
        const db = await jobDeps.getDb();
        await db.update(records).set({ durationMs: prepared.durationMs, updatedAt: new Date() }).where(eq(records.id, recordId));
        return { durationMs: prepared.durationMs, channels: prepared.channelPaths.length, silentChannels: prepared.silentChannels };
      }),
    );

    const tracks = await Promise.all(
      Array.from({ length: decoded.channels }, (_, i) =>
        step.run(`transcribe-channel-${i}`, async () => {
          if (decoded.silentChannels[i]) return { wordsKey: null, provider: null, words: 0 };
          return withWorkDir(async (dir) => {
            const wavPath = path.join(dir, `channel-${i}.wav`);
            await getStorage().toLocalFile(channelKey(recordId, i), wavPath);
            const provider = createSttProvider();
            const result = await provider.transcribe({ wavPath, language: record.language }).catch((error: unknown) => {
              throw asPipelineError(error, provider.name);
            });
            // The words go to storage, not into the step's stored result: they may hold
            // what redaction must mask, and step results are kept in the jobs tables.
            const wordsKey = wordsKeyOf(recordId, i);
            await getStorage().put(wordsKey, Readable.from([JSON.stringify(result.words)]), { contentType: "application/json" });
            return { wordsKey, provider: result.provider, words: result.words.length };
          });
        }),
      ),
    );

    const stored = await step.run("store-transcript", async () => {
      const words = await Promise.all(tracks.map((t) => (t.wordsKey ? readWords(t.wordsKey) : Promise.resolve([] as SttWord[]))));
      const agentIndex = record.agentChannel === "right" ? 1 : 0;
      const merged =
        words.length >= 2
          ? mergeChannelTracks([
              { speaker: "agent", words: words[agentIndex]! },
              { speaker: "customer", words: words[1 - agentIndex]! },
            ])
          : splitMonoTurns(words[0]!);
      const db = await jobDeps.getDb();
      const redaction = await projectRedaction(db, record.projectId);
      const { segments, redactions } = redactTranscript(merged, redaction);
      const provider = tracks.find((t) => t.provider)?.provider ?? createSttProvider().name;
      const values = {
        segments,
        text: segments.map((seg) => seg.text).join("\n"),
        // Redaction changes words, never times: the metrics come from the merged turns.
        talkMetrics: computeTalkMetrics(merged, decoded.durationMs) as unknown as Record<string, unknown>,
        redactions,
        provider,
        createdAt: new Date(),
      };
      await db.insert(transcripts).values({ recordId, ...values }).onConflictDoUpdate({ target: transcripts.recordId, set: values });
      // Metered once per record, so a retry of this step never charges twice.
      await meterProcessedAudio(db, { orgId, projectId: record.projectId, recordId, durationMs: decoded.durationMs });
      return { segments: segments.length, silence: redactions.map((r) => ({ startMs: r.startMs, endMs: r.endMs })), redaction };
    });

    if (stored.redaction.enabled) {
      await step.run("redact-audio", () => redactAudio({ recordId, audioKey: record.audioKey, silence: stored.silence, keepOriginal: stored.redaction.keepOriginalAudio }));
    }

    // Decoded channels and raw words served their purpose; with redaction on they also hold what was masked.
    await step.run("clean-up", () => removeIntermediates(recordId, decoded.channels));

    await step.sendEvent("hand-over", {
      id: `transcript-ready:${event.id}`,
      name: EVENTS.transcriptReady.name,
      data: { orgId, recordId },
    });
    return { recordId, durationMs: decoded.durationMs };
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () => {
      // Decoded channels and raw words are kept only while the run needs them; they may hold what redaction masks.
      await removeIntermediates(event.data.recordId, MAX_CHANNELS);
      const db = await jobDeps.getDb();
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(records)
          .set({ status: "failed", error: error.message, updatedAt: new Date() })
          .where(and(eq(records.id, event.data.recordId), eq(records.orgId, event.data.orgId)))
          .returning();
        if (row) await publishRecordEvent(tx, row, "record.failed", failureKey(event.id, row.id), { stage: "transcription" });
      });
      await wakeJobEngine();
    });
  },
});
