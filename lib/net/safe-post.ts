import type { IncomingMessage } from "node:http";
import { DownloadError } from "./download-error";
import { pinnedRequest } from "./pinned-request";
import { resolveAllowedAddresses } from "./resolve-host";
import { parseHttpUrl } from "./safe-request";

export interface SafePostOptions {
  body: string;
  headers: Record<string, string>;
  /** Bounds everything: name lookup, connect, the answer's headers and the excerpt read. */
  timeoutMs: number;
  allowPrivate: boolean;
  /** Shown when a private address is refused: the setting that would open it. */
  privateHint?: string;
  /** How much of the answer to keep; the rest is not read. */
  maxResponseBytes?: number;
}

export interface SafePostResult {
  status: number;
  /** The start of the answer, as text. */
  body: string;
  durationMs: number;
}

/**
 * A POST to a URL someone else chose (a webhook receiver), guarded like
 * openSafeGet: the host is resolved here, every address checked, and the
 * connection pinned to those addresses so DNS cannot swap in another between
 * the check and the connect. Redirects are never followed; the caller gets
 * the 3xx like any other answer. Throws a DownloadError (BAD_URL,
 * PRIVATE_ADDRESS, UNREACHABLE, TIMEOUT) when there is no answer at all.
 */
export async function postSafely(url: string, opts: SafePostOptions): Promise<SafePostResult> {
  const target = parseHttpUrl(url);
  const host = target.hostname;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const started = performance.now();
  try {
    const addresses = await resolveAllowedAddresses(host, {
      allowPrivate: opts.allowPrivate,
      signal: controller.signal,
      privateHint: opts.privateHint,
    });
    const response = await send(target, addresses, opts, controller.signal);
    const body = await readExcerpt(response, opts.maxResponseBytes ?? 1024);
    return { status: response.statusCode ?? 0, body, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new DownloadError("TIMEOUT", `${host} did not answer within ${opts.timeoutMs / 1000} s.`, { host }, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function send(
  target: URL,
  addresses: Awaited<ReturnType<typeof resolveAllowedAddresses>>,
  opts: SafePostOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    pinnedRequest(target, addresses, {
      method: "POST",
      headers: { ...opts.headers, "content-length": String(Buffer.byteLength(opts.body)) },
      signal,
      onResponse: resolve,
      reject,
    }).end(opts.body);
  });
}

async function readExcerpt(response: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) break;
  }
  // Leaving the loop early does not drain the rest; close the connection rather than read a large answer.
  response.destroy();
  return Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
}
