import type { ExportedRecord } from "./exported-record";

/**
 * A JSON array written one batch at a time: `[`, the records separated by
 * commas, `]`. The file is one valid JSON document (an empty export is `[]`),
 * yet no more than one batch is ever held as text.
 */
export async function* jsonChunks(batches: AsyncIterable<ExportedRecord[]>): AsyncGenerator<Buffer> {
  let first = true;
  yield Buffer.from("[");
  for await (const batch of batches) {
    if (!batch.length) continue;
    const body = batch.map((record) => `\n${JSON.stringify(record)}`).join(",");
    yield Buffer.from(first ? body : `,${body}`);
    first = false;
  }
  yield Buffer.from(first ? "]\n" : "\n]\n");
}
