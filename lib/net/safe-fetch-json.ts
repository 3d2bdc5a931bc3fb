import { DownloadError } from "./download-error";
import { openSafeGet, parseHttpUrl } from "./safe-request";

export type FetchJsonOptions = {
  timeoutMs: number;
  allowPrivate: boolean;
  /** Largest body read; a CRM's answer about one call is a few kilobytes. */
  maxBytes?: number;
};

/**
 * GETs a small JSON document from a URL configured by a person (a CRM's REST
 * endpoint), with the same address checks, redirect limit and timeout as
 * recording downloads. Answers with the parsed body and the HTTP status; a
 * body that is not JSON is a DownloadError the caller can report.
 */
export async function fetchJsonSafely(url: string, opts: FetchJsonOptions): Promise<{ status: number; body: unknown }> {
  const maxBytes = opts.maxBytes ?? 1_048_576;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const host = parseHttpUrl(url).hostname;
  try {
    const { response } = await openSafeGet(url, {
      allowPrivate: opts.allowPrivate,
      signal: controller.signal,
      accept: "application/json",
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw new DownloadError("TOO_LARGE", `${host} answered with more than ${maxBytes} bytes.`, { host, limitBytes: maxBytes });
      }
      chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString("utf8");
    try {
      return { status: response.statusCode ?? 0, body: JSON.parse(text) as unknown };
    } catch {
      throw new DownloadError("HTTP_ERROR", `${host} answered HTTP ${response.statusCode} without JSON.`, {
        host,
        httpStatus: response.statusCode,
      });
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new DownloadError("TIMEOUT", `${host} did not answer within ${opts.timeoutMs / 1000} s.`, { host }, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
