import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InvalidKeyError, ObjectNotFoundError, RangeNotSatisfiableError, StorageLimitError } from "./errors";
import type { ObjectStorage } from "./types";

/**
 * The behaviour every ObjectStorage must share, run against each store
 * (local-disk.test.ts, s3.test.ts) so the pipeline can switch stores by
 * configuration alone.
 */
export type StorageUnderTest = {
  storage: ObjectStorage;
  /** Everything the backend holds: objects, temp files, pending multipart uploads. */
  leftovers(): Promise<string[]>;
};

const MiB = 1024 * 1024;

export function describeStorageContract(name: string, setup: () => Promise<StorageUnderTest>): void {
  describe(`ObjectStorage contract: ${name}`, () => {
    let store: ObjectStorage;
    let leftovers: () => Promise<string[]>;
    let scratch: string;

    beforeEach(async () => {
      ({ storage: store, leftovers } = await setup());
      scratch = await fs.mkdtemp(path.join(os.tmpdir(), "storage-contract-"));
    });

    afterEach(async () => {
      await fs.rm(scratch, { recursive: true, force: true });
    });

    const put = (key: string, body: string | Buffer, contentType = "audio/wav") =>
      store.put(key, Readable.from([Buffer.from(body)]), { contentType });

    const read = async (key: string, range?: { start: number; end?: number }) => {
      const got = await store.get(key, range);
      return { ...got, text: await text(got.body) };
    };

    it("puts and gets an object with its size and content type", async () => {
      expect(await put("records/rec_1/original.wav", "hello world")).toEqual({ size: 11 });
      const got = await read("records/rec_1/original.wav");
      expect(got).toMatchObject({ size: 11, contentType: "audio/wav", text: "hello world" });
      expect(got.range).toBeUndefined();
    });

    it("accepts an async iterable of chunks and an empty body", async () => {
      async function* chunks() {
        yield new TextEncoder().encode("one,");
        yield new TextEncoder().encode("two");
      }
      expect(await store.put("a/iter.txt", chunks(), { contentType: "text/plain" })).toEqual({ size: 7 });
      expect((await read("a/iter.txt")).text).toBe("one,two");
      expect(await store.put("a/empty.bin", Readable.from([]), { contentType: "application/octet-stream" })).toEqual({
        size: 0,
      });
      expect(await store.stat("a/empty.bin")).toEqual({ size: 0, contentType: "application/octet-stream" });
    });

    it("replaces an object on a second put", async () => {
      await put("a/b.txt", "first version", "text/plain");
      await put("a/b.txt", "second", "text/csv");
      expect(await read("a/b.txt")).toMatchObject({ size: 6, contentType: "text/csv", text: "second" });
    });

    it("serves byte ranges, clamping the end like HTTP", async () => {
      await put("r/range.bin", "0123456789");
      expect(await read("r/range.bin", { start: 2, end: 4 })).toMatchObject({
        text: "234",
        size: 10,
        range: { start: 2, end: 4 },
      });
      expect(await read("r/range.bin", { start: 7 })).toMatchObject({ text: "789", range: { start: 7, end: 9 } });
      expect(await read("r/range.bin", { start: 8, end: 100 })).toMatchObject({ text: "89", range: { start: 8, end: 9 } });
      expect(await read("r/range.bin", { start: 0, end: 0 })).toMatchObject({ text: "0", range: { start: 0, end: 0 } });
    });

    it("refuses a range that starts past the end, telling the size", async () => {
      await put("r/short.bin", "abc");
      const error = await store.get("r/short.bin", { start: 3 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RangeNotSatisfiableError);
      expect((error as RangeNotSatisfiableError).size).toBe(3);
      await expect(store.get("r/short.bin", { start: 2, end: 1 })).rejects.toThrow(RangeError);
      await expect(store.get("r/short.bin", { start: -1 })).rejects.toThrow(RangeError);
    });

    it("stats present and missing objects", async () => {
      await put("s/x.mp3", "12345", "audio/mpeg");
      expect(await store.stat("s/x.mp3")).toEqual({ size: 5, contentType: "audio/mpeg" });
      expect(await store.stat("s/missing.mp3")).toBeNull();
      expect(await store.stat("s")).toBeNull();
    });

    it("throws ObjectNotFoundError for a missing object", async () => {
      await put("n/present.txt", "x");
      for (const key of ["n/absent.txt", "n", "n/present.txt/deeper"]) {
        const error = await store.get(key).catch((e: unknown) => e);
        expect(error, key).toBeInstanceOf(ObjectNotFoundError);
        expect((error as ObjectNotFoundError).key).toBe(key);
      }
    });

    it("deletes one object; a missing one is fine", async () => {
      await put("d/one.txt", "1");
      await put("d/two.txt", "2");
      await store.delete("d/one.txt");
      await store.delete("d/one.txt");
      await store.delete("d/never.txt");
      expect(await store.stat("d/one.txt")).toBeNull();
      expect(await store.stat("d/two.txt")).not.toBeNull();
    });

    it("deletes a record's folder and nothing that only shares its name", async () => {
      await put("records/rec_1/original.wav", "a");
      await put("records/rec_1/channels/left.wav", "b");
      await put("records/rec_1/channels/right.wav", "c");
      await put("records/rec_12/original.wav", "keep");
      expect(await store.deletePrefix("records/rec_1/")).toBe(3);
      expect(await store.stat("records/rec_1/original.wav")).toBeNull();
      expect(await store.stat("records/rec_1/channels/left.wav")).toBeNull();
      expect((await read("records/rec_12/original.wav")).text).toBe("keep");
      expect(await store.deletePrefix("records/rec_1/")).toBe(0);
      expect(await store.deletePrefix("records/never/")).toBe(0);
    });

    it("refuses prefixes that could match more than a folder", async () => {
      for (const prefix of ["", "/", "records/rec_1", "../", "records//", "/records/"]) {
        await expect(store.deletePrefix(prefix), JSON.stringify(prefix)).rejects.toBeInstanceOf(InvalidKeyError);
      }
    });

    it("writes an object to a local file, replacing what was there", async () => {
      const content = Buffer.alloc(300_000, 7);
      await put("f/audio.wav", content);
      const dest = path.join(scratch, "work.wav");
      await fs.writeFile(dest, "old contents");
      await store.toLocalFile("f/audio.wav", dest);
      expect(sha256(await fs.readFile(dest))).toBe(sha256(content));
      // The working copy is independent: changing it leaves the stored object alone.
      await fs.writeFile(dest, "scribbled");
      expect((await read("f/audio.wav")).size).toBe(content.length);
      expect(await fs.readdir(scratch)).toEqual(["work.wav"]);
    });

    it("throws ObjectNotFoundError from toLocalFile and creates no file", async () => {
      const dest = path.join(scratch, "missing.wav");
      await expect(store.toLocalFile("f/missing.wav", dest)).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(fs.stat(dest)).rejects.toMatchObject({ code: "ENOENT" });
    });

    it("accepts exactly maxBytes", async () => {
      expect(await store.put("m/exact.bin", Readable.from([Buffer.alloc(1000)]), { contentType: "x/y", maxBytes: 1000 }))
        .toEqual({ size: 1000 });
    });

    it("aborts past maxBytes and leaves nothing behind", async () => {
      const error = await store
        .put("m/small.bin", Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { contentType: "x/y", maxBytes: 1000 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageLimitError);
      expect((error as StorageLimitError).limitBytes).toBe(1000);
      expect(await store.stat("m/small.bin")).toBeNull();
      expect(await leftovers()).toEqual([]);
    });

    it("aborts a large (multipart) upload past maxBytes, stops reading, and leaves nothing behind", async () => {
      let chunksRead = 0;
      async function* twentyMiB() {
        for (let i = 0; i < 20; i++) {
          chunksRead++;
          yield Buffer.alloc(MiB, i);
        }
      }
      const error = await store
        .put("m/big.bin", twentyMiB(), { contentType: "audio/wav", maxBytes: 12 * MiB })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageLimitError);
      expect(chunksRead).toBe(13);
      expect(await store.stat("m/big.bin")).toBeNull();
      expect(await leftovers()).toEqual([]);
    });

    it("keeps the previous object when a replacing put fails", async () => {
      await put("m/keep.bin", "original");
      await expect(
        store.put("m/keep.bin", Readable.from([Buffer.alloc(2000)]), { contentType: "x/y", maxBytes: 1000 }),
      ).rejects.toBeInstanceOf(StorageLimitError);
      expect(await read("m/keep.bin")).toMatchObject({ text: "original", contentType: "audio/wav" });
    });

    it("passes on a failing source's error and leaves nothing behind", async () => {
      async function* failsMidway() {
        yield Buffer.alloc(6 * MiB);
        throw new Error("upstream connection reset");
      }
      await expect(store.put("m/broken.bin", failsMidway(), { contentType: "x/y" })).rejects.toThrow(
        "upstream connection reset",
      );
      expect(await leftovers()).toEqual([]);
    });

    const badKeys = [
      "",
      "/etc/passwd",
      "../outside",
      "records/../../outside",
      "records/./x",
      "a//b",
      "trailing/",
      ".hidden",
      "records/.x.meta.json",
      "back\\slash",
      "space here",
      "nul\0byte",
      "ünicode",
      "x".repeat(201),
      `${"a/".repeat(600)}a`,
    ];

    it.each(badKeys.map((key) => [JSON.stringify(key).slice(0, 40), key]))(
      "refuses the bad key %s before touching the backend",
      async (_label, key) => {
        const dest = path.join(scratch, "never.bin");
        const calls: Array<() => Promise<unknown>> = [
          () => put(key, "data"),
          () => store.get(key),
          () => store.stat(key),
          () => store.delete(key),
          () => store.toLocalFile(key, dest),
        ];
        for (const call of calls) await expect(call()).rejects.toBeInstanceOf(InvalidKeyError);
        expect(await leftovers()).toEqual([]);
        expect(await fs.readdir(scratch)).toEqual([]);
      },
    );

    it("refuses a content type that cannot travel in a header", async () => {
      await expect(put("c/x.bin", "x", "audio/wav\r\nX-Injected: 1")).rejects.toThrow(TypeError);
      await expect(put("c/x.bin", "x", "")).rejects.toThrow(TypeError);
      expect(await leftovers()).toEqual([]);
    });
  });
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
