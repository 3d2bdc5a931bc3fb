import type { IncomingMessage } from "node:http";
import { StorageLimitError } from "../storage/errors";
import type { ObjectStorage } from "../storage/types";
import { isAllowedContentType, normalizeContentType } from "./content-type";
import { DownloadError } from "./download-error";
import { openSafeGet, parseHttpUrl, withoutCredentials } from "./safe-request";

export type DownloadOptions = {
  /** Largest body accepted, checked against Content-Length first and then while streaming. */
  maxBytes: number;
  /** For the whole download: DNS, connect, every redirect, the body and the store's write. */
  timeoutMs: number;
  /** Let private, loopback, unique-local and CGNAT addresses through (INGEST_ALLOW_PRIVATE_URLS). */
  allowPrivate: boolean;
  /** Exact media types or "type/*" patterns; anything else is refused before it is stored. */
  allowedContentTypes?: readonly string[];
};

export type DownloadResult = {
  size: number;
  /** The response's media type, normalized (see content-type.ts). */
  contentType: string;
  /** Where the body came from after redirects, without any user:password. */
  finalUrl: string;
};

/**
 * Downloads a recording from a URL a caller gave us (the ingest webhook)
 * straight into object storage. The URL is untrusted: it may point at our own
 * network (SSRF), redirect there, never finish, or never stop. Every hop's
 * host is resolved here and each address checked; the connection then goes to
 * exactly those addresses. Nothing is buffered: the body streams into
 * storage.put, which removes the partial object on any failure.
 */
export async function downloadToStorage(
  url: string,
  storage: ObjectStorage,
  key: string,
  opts: DownloadOptions,
): Promise<DownloadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  // Known before the first hop, so a timeout can still name the host.
  let host = parseHttpUrl(url).hostname;
  try {
    const { response, target } = await openSafeGet(url, { allowPrivate: opts.allowPrivate, signal: controller.signal });
    host = target.hostname;
    return await store(response, target, storage, key, opts);
  } catch (error) {
    // Whatever broke once the clock ran out (a destroyed socket, a cut-off stream) broke because of it.
    if (controller.signal.aborted) {
      throw new DownloadError(
        "TIMEOUT",
        `Downloading from ${host} took longer than ${opts.timeoutMs / 1000} s. ` +
          "Check that the server is reachable and fast enough, or raise INGEST_DOWNLOAD_TIMEOUT_SECONDS.",
        { host },
        { cause: error },
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function store(
  response: IncomingMessage,
  target: URL,
  storage: ObjectStorage,
  key: string,
  opts: DownloadOptions,
): Promise<DownloadResult> {
  const host = target.hostname;
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    throw new DownloadError("HTTP_ERROR", `${host} answered HTTP ${status}${hintFor(status)}`, {
      host,
      httpStatus: status,
    });
  }
  const contentType = normalizeContentType(response.headers["content-type"]);
  if (opts.allowedContentTypes && !isAllowedContentType(contentType, opts.allowedContentTypes)) {
    response.destroy();
    throw new DownloadError(
      "UNSUPPORTED_TYPE",
      `${host} sent ${contentType}, which is not a recording Callscope accepts (${opts.allowedContentTypes.join(", ")}). ` +
        "Check that the URL points at the audio file itself, not at a page about it.",
      { host, contentType },
    );
  }
  // Refuse before reading a byte when the server says up front that it is too big.
  const declared = Number(response.headers["content-length"]);
  if (Number.isSafeInteger(declared) && declared > opts.maxBytes) {
    response.destroy();
    throw tooLarge(host, opts.maxBytes, declared);
  }

  let brokenOff: Error | undefined;
  response.on("error", (error) => (brokenOff ??= error));
  try {
    const { size } = await storage.put(key, response, { contentType, maxBytes: opts.maxBytes });
    return { size, contentType, finalUrl: withoutCredentials(target) };
  } catch (error) {
    if (error instanceof StorageLimitError) throw tooLarge(host, opts.maxBytes);
    if (brokenOff) {
      throw new DownloadError("UNREACHABLE", `The connection to ${host} broke off during the download. Try again.`, { host }, {
        cause: error,
      });
    }
    // The store failed (disk full, S3 down): our problem, not the URL's, so it stays a plain error (500).
    throw error;
  } finally {
    response.destroy();
  }
}

function tooLarge(host: string, limit: number, declared?: number): DownloadError {
  const size = declared === undefined ? "is larger than" : `is ${formatBytes(declared)}, larger than`;
  return new DownloadError(
    "TOO_LARGE",
    `The recording at ${host} ${size} the ${formatBytes(limit)} limit (MAX_UPLOAD_MB).`,
    { host, limitBytes: limit },
  );
}

function hintFor(status: number): string {
  if (status === 401 || status === 403) return ": the URL needs credentials or has expired. Send a URL that works without logging in.";
  if (status === 404 || status === 410) return ": nothing at that URL. Check it, or send it again once the recording is ready.";
  if (status >= 500) return ": the server failed. Try again later.";
  return ".";
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
