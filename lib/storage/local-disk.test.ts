import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { ObjectNotFoundError } from "./errors";
import { LocalDiskStorage } from "./local-disk";
import { describeStorageContract } from "./storage-contract";

const roots: string[] = [];

async function newRoot(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "local-storage-"));
  roots.push(root);
  return root;
}

/** Every file under root, hidden ones included, as relative paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

afterAll(async () => {
  await Promise.all(roots.map((root) => fs.rm(root, { recursive: true, force: true })));
});

describeStorageContract("local disk", async () => {
  const root = await newRoot();
  return { storage: new LocalDiskStorage(root), leftovers: () => filesUnder(root) };
});

describe("local disk layout", () => {
  it("keeps the object byte-for-byte and its content type in a hidden sidecar", async () => {
    const root = await newRoot();
    const store = new LocalDiskStorage(root);
    await store.put("records/rec_1/original.wav", Readable.from([Buffer.from("RIFF....WAVE")]), {
      contentType: "audio/wav",
    });
    expect((await filesUnder(root)).sort()).toEqual([
      "records/rec_1/.original.wav.meta.json",
      "records/rec_1/original.wav",
    ]);
    expect(await fs.readFile(path.join(root, "records/rec_1/original.wav"), "utf8")).toBe("RIFF....WAVE");
    await store.delete("records/rec_1/original.wav");
    expect(await filesUnder(root)).toEqual([]);
  });

  it("serves a file copied in by hand as application/octet-stream", async () => {
    const root = await newRoot();
    await fs.mkdir(path.join(root, "imports"));
    await fs.writeFile(path.join(root, "imports/call.mp3"), "ID3");
    const got = await new LocalDiskStorage(root).get("imports/call.mp3");
    expect(got.contentType).toBe("application/octet-stream");
    expect(await text(got.body)).toBe("ID3");
  });

  it("never shows a half-written object to a reader", async () => {
    const root = await newRoot();
    const store = new LocalDiskStorage(root);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield Buffer.alloc(1000, 1);
      await released;
      yield Buffer.alloc(1000, 2);
    }
    const putting = store.put("records/rec_2/original.wav", slow(), { contentType: "audio/wav" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.stat("records/rec_2/original.wav")).toBeNull();
    await expect(store.get("records/rec_2/original.wav")).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await filesUnder(root)).toEqual([expect.stringMatching(/^records\/rec_2\/\.original\.wav\.[0-9a-f-]+\.tmp$/)]);
    release();
    expect(await putting).toEqual({ size: 2000 });
    expect(await store.stat("records/rec_2/original.wav")).toEqual({ size: 2000, contentType: "audio/wav" });
  });

  it("streams 200 MB through put without holding it in memory", async () => {
    const root = await newRoot();
    const store = new LocalDiskStorage(root);
    const chunk = 1024 * 1024;
    const total = 200;
    const before = process.memoryUsage().rss;
    let peak = before;
    async function* generated() {
      for (let i = 0; i < total; i++) {
        // A fresh buffer each time: if put buffered instead of streaming, every one would stay alive.
        yield Buffer.alloc(chunk, i % 251);
        if (i % 8 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
    const { size } = await store.put("bench/big.bin", generated(), { contentType: "application/octet-stream" });
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMiB = (peak - before) / chunk;
    console.info(`local put of ${total} MiB: rss grew by ${growthMiB.toFixed(1)} MiB`);
    expect(size).toBe(total * chunk);
    expect((await fs.stat(path.join(root, "bench/big.bin"))).size).toBe(total * chunk);
    expect(growthMiB).toBeLessThan(64);
  });
});
