import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { records } from "../../db/schema";
import { config } from "../../lib/config";
import { silenceSpans } from "../../lib/redaction/silence-audio";
import { getStorage } from "../../lib/storage";
import { jobDeps } from "../deps";
import { asPipelineError } from "./pipeline-errors";
import { withWorkDir } from "./work-dir";

const EXTENSIONS: Record<string, string> = {
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
  "audio/ogg": "ogg",
  "audio/flac": "flac",
  "audio/mp4": "m4a",
};

/**
 * The recording people can play, with every redacted span silenced; the
 * original is deleted unless the project keeps it. A recording where nothing
 * was redacted stays as it is. The record points at the playable copy.
 */
export async function redactAudio(input: {
  recordId: string;
  audioKey: string;
  silence: { startMs: number; endMs: number }[];
  keepOriginal: boolean;
}): Promise<{ audioKey: string; silenced: number }> {
  if (input.silence.length === 0) return { audioKey: input.audioKey, silenced: 0 };
  const db = await jobDeps.getDb();
  const [record] = await db.select({ contentType: records.audioContentType }).from(records).where(eq(records.id, input.recordId));
  const ext = EXTENSIONS[record?.contentType ?? ""] ?? "wav";
  const redactedKey = `records/${input.recordId}/redacted.${ext}`;
  // A retry after the swap finds the original gone: the redacted copy is already in place.
  if (input.audioKey === redactedKey || !(await getStorage().stat(input.audioKey))) {
    return { audioKey: redactedKey, silenced: input.silence.length };
  }
  const size = await withWorkDir(async (dir) => {
    const original = path.join(dir, `original.${ext}`);
    const output = path.join(dir, `redacted.${ext}`);
    await getStorage().toLocalFile(input.audioKey, original);
    await silenceSpans(original, output, input.silence, { timeoutMs: config().STT_TIMEOUT_SECONDS * 1000 }).catch((error: unknown) => {
      throw asPipelineError(error);
    });
    await getStorage().put(redactedKey, createReadStream(output), { contentType: record?.contentType ?? "audio/wav" });
    return (await fs.stat(output)).size;
  });
  await db.update(records).set({ audioKey: redactedKey, audioSizeBytes: size, updatedAt: new Date() }).where(eq(records.id, input.recordId));
  if (!input.keepOriginal) await getStorage().delete(input.audioKey);
  return { audioKey: redactedKey, silenced: input.silence.length };
}
