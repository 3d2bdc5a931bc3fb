/**
 * Fills an organization with synthetic, analysed conversations for
 * benchmarks (search, exports, alerts): varied calls, chats and emails from
 * scripts/synthetic/, each with its transcript and a real analysis by the
 * local analyzer against its project's scorecard, spread over the last
 * `--days` days. Deterministic for a given `--seed`.
 *
 *   node_modules/.bin/tsx scripts/generate-records.ts --url postgres://… [--count 100000] [--org demo] [--seed 1] [--days 180]
 *   node_modules/.bin/tsx scripts/generate-records.ts --data-dir .data/db …     # PGlite (stop the server first: one process per directory)
 *
 * The organization (id or slug) must exist (`npm run admin -- demo` makes
 * "demo"); its projects are created per kind of contact center when missing.
 * Records are inserted in transactions of `--batch` (500): records,
 * transcripts and analyses together, so a stopped run leaves whole records.
 */
import { and, eq } from "drizzle-orm";
import { openDatabase, type DbHandle } from "@/db/client";
import { analyses, projects, records, transcripts } from "@/db/schema";
import { analyzeConversation } from "@/lib/analysis/analyze-conversation";
import { talkMetricsOfTranscript } from "@/lib/audio/talk-metrics";
import { newId } from "@/lib/ids";
import { completedAnalysisColumns } from "@/lib/services/analyses/analysis-columns";
import { systemContext } from "@/lib/services/context";
import { findOrganizationByIdOrSlug } from "@/lib/services/orgs/find-organization";
import { createProject } from "@/lib/services/projects/create-project";
import { findCurrentScorecardRow } from "@/lib/services/scorecards/current-scorecard";
import { optionalArg } from "./cli-args";
import { syntheticConversation } from "./synthetic/conversation";
import { DOMAINS } from "./synthetic/domains";
import { seededRandom } from "./synthetic/random";

function positiveInt(name: string, fallback: number): number {
  const raw = optionalArg(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const DAY_MS = 86_400_000;

async function projectsByDomain(handle: DbHandle, orgId: string) {
  const ctx = systemContext(handle.db, orgId);
  const byDomain = new Map<string, { id: string; scorecard: Awaited<ReturnType<typeof findCurrentScorecardRow>> }>();
  for (const domain of DOMAINS) {
    const [existing] = await handle.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.orgId, orgId), eq(projects.name, domain.project)));
    const id = existing?.id ?? (await createProject(ctx, { name: domain.project })).id;
    byDomain.set(domain.id, { id, scorecard: await findCurrentScorecardRow(handle.db, orgId, id) });
  }
  return byDomain;
}

async function main() {
  const url = optionalArg("url");
  const dataDir = optionalArg("data-dir");
  if (!url && !dataDir) throw new Error("--url postgres://… or --data-dir <PGlite directory> is required");
  const count = positiveInt("count", 100_000);
  const batch = positiveInt("batch", 500);
  const days = positiveInt("days", 180);
  const seed = positiveInt("seed", 1);
  const orgRef = optionalArg("org") ?? "demo";

  const handle = await openDatabase(url ? { url, poolSize: 2 } : { pgliteDir: dataDir });
  await handle.migrate();
  const org = await findOrganizationByIdOrSlug(handle.db, orgRef);
  if (!org) throw new Error(`no organization "${orgRef}": create it first (npm run admin -- demo)`);
  const projectsOf = await projectsByDomain(handle, org.id);
  const random = seededRandom(seed);
  const now = Date.now();
  const t0 = performance.now();
  let analysisMs = 0;

  for (let from = 0; from < count; from += batch) {
    const recordRows: (typeof records.$inferInsert)[] = [];
    const transcriptRows: (typeof transcripts.$inferInsert)[] = [];
    const analysisRows: (typeof analyses.$inferInsert)[] = [];
    for (let i = from; i < Math.min(count, from + batch); i++) {
      const conversation = syntheticConversation(random, i);
      const project = projectsOf.get(conversation.domain)!;
      const createdAt = new Date(now - Math.floor(random.next() * days * DAY_MS));
      const completedAt = new Date(createdAt.getTime() + 60_000);
      const talkMetrics = conversation.type === "call" ? talkMetricsOfTranscript(conversation.segments, conversation.durationMs) : null;
      const a0 = performance.now();
      const result = analyzeConversation({
        recordType: conversation.type,
        segments: conversation.segments,
        talkMetrics,
        durationMs: conversation.durationMs,
        scorecard: project.scorecard.definition,
        answers: null,
        settings: { summary: true, sentiment: true },
      });
      analysisMs += performance.now() - a0;
      const recordId = newId("record");
      recordRows.push({
        id: recordId,
        orgId: org.id,
        projectId: project.id,
        type: conversation.type,
        source: "api",
        status: "completed",
        title: conversation.title,
        agentName: conversation.agentName,
        direction: conversation.type === "call" ? "inbound" : null,
        metadata: { synthetic: true, topic: conversation.topic, customerName: conversation.customerName },
        durationMs: conversation.durationMs,
        qualityScore: result.qualityScore,
        complianceStatus: result.complianceStatus,
        createdAt,
        updatedAt: completedAt,
        completedAt,
      });
      transcriptRows.push({
        recordId,
        segments: conversation.segments,
        text: conversation.segments.map((s) => s.text).join("\n"),
        talkMetrics: talkMetrics as Record<string, unknown> | null,
        provider: "client",
        createdAt,
      });
      analysisRows.push({
        id: newId("analysis"),
        orgId: org.id,
        recordId,
        projectId: project.id,
        scorecardId: project.scorecard.id,
        scorecardVersion: project.scorecard.version,
        createdAt: completedAt,
        ...completedAnalysisColumns(result, { talkMetrics, analyzer: "local", completedAt }),
      });
    }
    await handle.db.transaction(async (tx) => {
      await tx.insert(records).values(recordRows);
      await tx.insert(transcripts).values(transcriptRows);
      await tx.insert(analyses).values(analysisRows);
    });
    const done = Math.min(count, from + batch);
    if (done % (batch * 20) === 0 || done === count) {
      const seconds = (performance.now() - t0) / 1000;
      console.error(`[generate-records] ${done} / ${count} in ${seconds.toFixed(0)} s (analysis ${(analysisMs / done).toFixed(1)} ms a record)`);
    }
  }
  await handle.close();
  console.log(JSON.stringify({ organization: org.id, records: count, seed, seconds: Math.round((performance.now() - t0) / 1000) }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
