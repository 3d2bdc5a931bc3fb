import { config } from "../../config";
import { AppError } from "../../errors";
import { DownloadError } from "../../net/download-error";
import { fetchJsonSafely } from "../../net/safe-fetch-json";

/**
 * The two Bitrix24 REST methods ingest needs, called through the portal's
 * inbound webhook URL (`https://<portal>/rest/<user>/<code>/`):
 * `voximplant.statistic.get` (the call's history entry, which holds
 * CALL_RECORD_URL) and `user.get` (the agent's name). Both answer
 * `{ result: [...] }` or `{ error, error_description }`.
 */
type Bitrix24Answer = { result?: unknown; error?: unknown; error_description?: unknown };

async function callMethod(webhookUrl: string, method: string, query: Record<string, string>): Promise<unknown[]> {
  const base = webhookUrl.endsWith("/") ? webhookUrl : `${webhookUrl}/`;
  const url = new URL(`${method}.json`, base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const portal = url.host;
  let answer: { status: number; body: unknown };
  try {
    answer = await fetchJsonSafely(url.href, {
      timeoutMs: Math.min(config().INGEST_DOWNLOAD_TIMEOUT_SECONDS, 30) * 1000,
      allowPrivate: config().INGEST_ALLOW_PRIVATE_URLS,
    });
  } catch (error) {
    if (error instanceof DownloadError) {
      throw new AppError("UNPROCESSABLE", `Could not ask Bitrix24 (${portal}) about the call: ${error.message}`, {
        reason: error.code,
      });
    }
    throw error;
  }
  const body = (answer.body ?? {}) as Bitrix24Answer;
  if (answer.status !== 200 || body.error) {
    const why = typeof body.error_description === "string" ? body.error_description : String(body.error ?? `HTTP ${answer.status}`);
    throw new AppError(
      "UNPROCESSABLE",
      `Bitrix24 (${portal}) refused ${method}: ${why}. Check the inbound webhook URL in Settings → Integrations and that it has the telephony and user scopes.`,
      { reason: "BITRIX24_ERROR", httpStatus: answer.status },
    );
  }
  return Array.isArray(body.result) ? body.result : [];
}

/** The recording's URL from the call's history entry, or null when Bitrix24 has none (recording off, or not saved yet). */
export async function findBitrix24RecordingUrl(webhookUrl: string, callId: string): Promise<string | null> {
  const [entry] = await callMethod(webhookUrl, "voximplant.statistic.get", { "FILTER[CALL_ID]": callId });
  const url = (entry as { CALL_RECORD_URL?: unknown } | undefined)?.CALL_RECORD_URL;
  return typeof url === "string" && url.trim() ? url.trim() : null;
}

/** "Name Surname" of a portal user; null when Bitrix24 will not say (a missing scope must not lose the call). */
export async function findBitrix24UserName(webhookUrl: string, userId: string): Promise<string | null> {
  try {
    const [user] = await callMethod(webhookUrl, "user.get", { ID: userId });
    const { NAME, LAST_NAME } = (user ?? {}) as { NAME?: unknown; LAST_NAME?: unknown };
    const name = [NAME, LAST_NAME].filter((p): p is string => typeof p === "string" && p.trim() !== "").join(" ").trim();
    return name ? name.slice(0, 200) : null;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
