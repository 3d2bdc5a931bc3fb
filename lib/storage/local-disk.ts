import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { writeAtomically } from "./atomic-file";
import { ObjectNotFoundError } from "./errors";
import { assertValidContentType, assertValidKey, assertValidPrefix } from "./keys";
import { ByteLimiter } from "./limit-bytes";
import { assertValidRange, resolveRange, type RequestedRange } from "./range";
import type { GetResult, ObjectInfo, ObjectStorage, PutBody, PutOptions } from "./types";

const DEFAULT_CONTENT_TYPE = "application/octet-stream";

/**
 * Objects as plain files under one root (DATA_DIR/objects by default), laid out
 * like their keys so an operator can find, back up or play a recording.
 *
 * The content type lives in a sidecar `.<file>.meta.json` next to the file. We
 * keep the object file byte-for-byte the recording (no header inside it) so
 * ffmpeg, backups and `cp` see real audio and toLocalFile can clone it; and the
 * sidecar is a dot-name, which no key can produce (keys.ts), so it can never
 * collide with another object. Deleting a record's folder removes both.
 * Data and sidecar are renamed in one after the other, so two writers racing
 * on one key could pair one's bytes with the other's type; a record's keys are
 * written once, by one pipeline step, so we accept that rather than lock.
 */
export class LocalDiskStorage implements ObjectStorage {
  readonly kind = "local" as const;

  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: PutBody, opts: PutOptions): Promise<{ size: number }> {
    const file = this.pathOf(key);
    assertValidContentType(opts.contentType);
    const limiter = new ByteLimiter(opts.maxBytes);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeAtomically(file, async (temp) => {
      // Open the temp file before any byte flows: a lazily opened stream could
      // create it after a failed pipeline's cleanup ran, leaving it behind.
      const handle = await fs.open(temp, "wx");
      // flush: fsync before close, so after a crash the key holds the whole recording or the old one, not an empty file.
      await pipeline(limiter.pass(body), handle.createWriteStream({ flush: true }));
      // Sidecar first: once the data is renamed into place its type is already there.
      await writeAtomically(metaPathOf(file), (metaTemp) =>
        fs.writeFile(metaTemp, JSON.stringify({ contentType: opts.contentType })),
      );
    });
    return { size: limiter.bytes };
  }

  async get(key: string, range?: RequestedRange): Promise<GetResult> {
    const file = this.pathOf(key);
    if (range) assertValidRange(range);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, "r");
    } catch (error) {
      if (isMissing(error)) throw new ObjectNotFoundError(key, { cause: error });
      throw error;
    }
    try {
      // Size from the open descriptor: a concurrent overwrite renames a new file in, this one stays consistent.
      const info = await handle.stat();
      if (!info.isFile()) throw new ObjectNotFoundError(key);
      const served = range ? resolveRange(key, range, info.size) : undefined;
      const contentType = await readContentType(file);
      // The stream owns the handle from here and closes it when it ends or is destroyed.
      const stream = handle.createReadStream({ start: served?.start, end: served?.end });
      return { body: stream, size: info.size, contentType, range: served };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    const file = this.pathOf(key);
    try {
      const info = await fs.stat(file);
      if (!info.isFile()) return null;
      return { size: info.size, contentType: await readContentType(file) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await Promise.all([unlinkIfPresent(file), unlinkIfPresent(metaPathOf(file))]);
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertValidPrefix(prefix);
    const dir = path.join(this.root, ...prefix.slice(0, -1).split("/"));
    let entries;
    try {
      entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
    // Count objects only: sidecars and temp files are dot-names.
    const count = entries.filter((entry) => entry.isFile() && !entry.name.startsWith(".")).length;
    await fs.rm(dir, { recursive: true, force: true });
    return count;
  }

  async toLocalFile(key: string, destPath: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      // A copy, not a hard link: a tool writing to its working file must not change the stored recording.
      // FICLONE makes it a free copy-on-write clone where the filesystem supports it (btrfs, xfs).
      await writeAtomically(destPath, (temp) => fs.copyFile(file, temp, fs.constants.COPYFILE_FICLONE));
    } catch (error) {
      if (isMissing(error) && (await this.stat(key)) === null) throw new ObjectNotFoundError(key, { cause: error });
      throw error;
    }
  }
}

function metaPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.meta.json`);
}

async function readContentType(file: string): Promise<string> {
  try {
    const meta = JSON.parse(await fs.readFile(metaPathOf(file), "utf8")) as { contentType?: unknown };
    return typeof meta.contentType === "string" ? meta.contentType : DEFAULT_CONTENT_TYPE;
  } catch (error) {
    // A file copied in by hand has no sidecar; it is still served, as bytes.
    if (isMissing(error)) return DEFAULT_CONTENT_TYPE;
    throw error;
  }
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    // EISDIR: the key names a folder of other objects, so there is no object at the key itself.
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === "EISDIR") return;
    throw error;
  }
}

/** ENOTDIR: a parent segment of the key is a file, so the object cannot exist. */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
