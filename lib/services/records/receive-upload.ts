import { Readable, Transform, type TransformCallback } from "node:stream";
import busboy from "busboy";
import { AUDIO_CONTENT_TYPES, detectAudioFormat, FORMAT_HEAD_BYTES, type AudioFormat } from "../../audio/detect-format";
import { AppError, validationError } from "../../errors";
import { StorageLimitError, type ObjectStorage } from "../../storage";

export interface ReceivedUpload {
  fields: Record<string, string>;
  audio: { key: string; size: number; format: AudioFormat; contentType: string; filename: string } | null;
}

class NotAudioError extends Error {}

/** Passes bytes through once the first ones show an accepted audio format. */
class AudioSniffer extends Transform {
  private head = Buffer.alloc(0);
  private checked = false;
  format: AudioFormat | null = null;

  _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    if (this.checked) return callback(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < FORMAT_HEAD_BYTES) return callback();
    this.check(callback);
  }

  _flush(callback: TransformCallback) {
    if (!this.checked) this.check(callback);
    else callback();
  }

  private check(callback: TransformCallback) {
    this.checked = true;
    this.format = detectAudioFormat(this.head);
    if (!this.format) return callback(new NotAudioError("not audio"));
    callback(null, this.head);
  }
}

/**
 * Reads a multipart upload, streaming the one `file` part straight into
 * storage at `key` (never the whole file in memory), refusing it from its
 * first bytes when it is not WAV, MP3, OGG, FLAC or M4A (415) and when it
 * grows past `maxBytes` (413). Whatever was stored of a refused file is removed.
 * `onField` sees each text field as it arrives, so a bad project can be
 * refused before the file is read when the client sends fields first.
 */
export async function receiveUpload(options: {
  body: ReadableStream<Uint8Array> | null;
  contentType: string;
  storage: ObjectStorage;
  key: string;
  maxBytes: number;
  onField?: (name: string, value: string) => Promise<void>;
}): Promise<ReceivedUpload> {
  if (!/^multipart\/form-data\b/i.test(options.contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the upload as multipart/form-data with a `file` part");
  }
  if (!options.body) throw validationError({ file: ["is required"] });

  const fields: Record<string, string> = {};
  let audio: ReceivedUpload["audio"] = null;
  let storing: Promise<void> | undefined;
  let fileStream: Readable | undefined;
  let sink: Transform | undefined;
  let fieldChecks: Promise<void> = Promise.resolve();

  const parser = busboy({
    headers: { "content-type": options.contentType },
    limits: { files: 1, fields: 20, fieldSize: 64 * 1024, parts: 22 },
  });

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) {
        reject(validationError({ [name]: ["is too long"] }));
        return;
      }
      fields[name] = value;
      if (options.onField) fieldChecks = fieldChecks.then(() => options.onField!(name, value));
      fieldChecks.catch(reject);
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || storing) {
        stream.resume();
        reject(validationError({ [name]: ["send exactly one file, in the part named `file`"] }));
        return;
      }
      fileStream = stream;
      const sniffer = new AudioSniffer();
      // put() sees the error through its own pipeline; this keeps it from also surfacing as unhandled.
      sniffer.on("error", () => {});
      sink = sniffer;
      storing = fieldChecks
        .then(() =>
          options.storage.put(options.key, stream.pipe(sniffer), {
            contentType: "application/octet-stream",
            maxBytes: options.maxBytes,
          }),
        )
        .then(({ size }) => {
          const format = sniffer.format!;
          audio = { key: options.key, size, format, contentType: AUDIO_CONTENT_TYPES[format], filename: info.filename ?? "upload" };
        })
        .catch((error: unknown) => {
          stream.resume();
          if (error instanceof NotAudioError || (error as { cause?: unknown })?.cause instanceof NotAudioError) {
            throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The file is not audio we can read: send WAV, MP3, OGG, FLAC or M4A");
          }
          if (error instanceof StorageLimitError) {
            throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${Math.round(options.maxBytes / 1_048_576)} MB`);
          }
          throw error;
        });
      storing.catch(reject);
    });
    parser.on("partsLimit", () => reject(validationError({ _: ["too many parts"] })));
    parser.on("error", (error) => reject(new AppError("BAD_REQUEST", `The multipart body is malformed: ${(error as Error).message}`)));
    parser.on("close", resolve);
  });

  Readable.fromWeb(options.body as import("node:stream/web").ReadableStream).pipe(parser);
  try {
    await parsed;
    await fieldChecks;
    await storing;
  } catch (error) {
    // Stop a file still arriving, let its write settle, then remove what it left.
    // (pipe() does not pass a destroy on, so end the sniffer that storage reads too.)
    sink?.destroy(new Error("upload refused"));
    fileStream?.resume();
    await storing?.catch(() => {});
    await options.storage.delete(options.key).catch(() => {});
    throw error;
  }
  return { fields, audio };
}
