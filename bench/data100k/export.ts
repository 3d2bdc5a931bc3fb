/**
 * A CSV (and a JSON) export of every record of an organization, written by
 * the app's own `writeExport` to local-disk object storage, with its time and
 * the process's peak memory (RSS and heap, sampled every 20 ms).
 *
 *   node_modules/.bin/tsx bench/data100k/export.ts --url postgres://… [--org demo] [--formats csv,json] [--include metadata,analysis,criteria,summary] [--json out.json]
 *
 * The storage lives in a temporary directory removed at the end.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import type { ExportPart } from "@/lib/exports/exported-record";
import { LocalDiskStorage } from "@/lib/storage/local-disk";
import { findOrganizationByIdOrSlug } from "@/lib/services/orgs/find-organization";
import { writeExport, type ExportFormat } from "@/lib/services/exports/write-export";
import { optionalArg, requiredArg } from "@/scripts/cli-args";

const MiB = 1024 * 1024;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

async function main() {
  const formats = requiredArg("formats", "csv,json").split(",") as ExportFormat[];
  const include = requiredArg("include", "metadata,analysis,criteria,summary").split(",") as ExportPart[];
  const jsonPath = optionalArg("json");
  const handle = await openDatabase({ url: requiredArg("url"), poolSize: 2 });
  const org = await findOrganizationByIdOrSlug(handle.db, requiredArg("org", "demo"));
  if (!org) throw new Error("no such organization");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-export-bench-"));
  const storage = new LocalDiskStorage(dir);
  const results = [];
  try {
    for (const format of formats) {
      global.gc?.();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
      }, 20);
      const load = os.loadavg()[0]!;
      const t0 = performance.now();
      const written = await writeExport({
        db: handle.db,
        orgId: org.id,
        filter: {},
        snapshotAt: new Date(),
        format,
        include,
        viewerRole: "admin",
        storage,
        key: `exports/bench.${format}`,
      });
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      results.push({
        format,
        records: written.recordCount,
        sizeMiB: mib(written.sizeBytes),
        seconds: Math.round(seconds * 10) / 10,
        recordsPerSecond: Math.round(written.recordCount / seconds),
        rssBeforeMiB: mib(before.rss),
        peakRssMiB: mib(peakRss),
        rssGrowthMiB: mib(peakRss - before.rss),
        heapBeforeMiB: mib(before.heapUsed),
        peakHeapMiB: mib(peakHeap),
        load,
      });
    }
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lines = [
    `## Export of every record (${new Date().toISOString().slice(0, 10)}): include ${include.join(", ")}`,
    "",
    `Node ${process.version}, ${os.cpus().length} CPUs. The app's writeExport into local-disk storage; memory sampled every 20 ms.`,
    "",
    "| format | records | file MiB | seconds | records/s | RSS before | peak RSS | growth | heap before | peak heap | load |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.format} | ${r.records} | ${r.sizeMiB} | ${r.seconds} | ${r.recordsPerSecond} | ${r.rssBeforeMiB} | ${r.peakRssMiB} | **${r.rssGrowthMiB}** | ${r.heapBeforeMiB} | ${r.peakHeapMiB} | ${r.load.toFixed(2)} |`,
    ),
  ];
  console.log(lines.join("\n"));
  if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
