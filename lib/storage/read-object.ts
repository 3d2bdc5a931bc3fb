import type { ObjectStorage } from "./types";

/**
 * A small object (or the first bytes of one) as a Buffer: a format sniff, a
 * step's JSON. Everything else streams; this is only for what fits in memory.
 */
export async function readObjectBytes(storage: ObjectStorage, key: string, range?: { start: number; end?: number }): Promise<Buffer> {
  const { body } = await storage.get(key, range);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
