/**
 * Runs once when a server starts: apply migrations before the first request,
 * so a fresh DATA_DIR or an upgraded deployment is ready without a manual
 * step, then start the embedded job runner (unless Inngest runs the jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDbHandle } = await import("./db/client");
  await getDbHandle();
  const { startJobEngine } = await import("./inngest/engine");
  await startJobEngine();
}
