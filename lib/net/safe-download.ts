import type { LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { StorageLimitError } from "../storage/errors";
import type { ObjectStorage } from "../storage/types";
import { isAllowedContentType, normalizeContentType } from "./content-type";
import { DownloadError } from "./download-error";
import { pinnedLookup, resolveAllowedAddresses } from "./resolve-host";

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

const MAX_REDIRECTS = 3;
const MAX_URL_LENGTH = 8192;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Callscope-Ingest/1.0";

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
  let target = parseHttpUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const addresses = await resolveAllowedAddresses(target.hostname, {
        allowPrivate: opts.allowPrivate,
        signal: controller.signal,
      });
      const response = await request(target, addresses, controller.signal);
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        response.destroy();
        target = nextHop(target, response.headers.location, redirects);
        continue;
      }
      return await store(response, target, storage, key, opts);
    }
  } catch (error) {
    // Whatever broke once the clock ran out (a destroyed socket, a cut-off stream) broke because of it.
    if (controller.signal.aborted) {
      throw new DownloadError(
        "TIMEOUT",
        `Downloading from ${target.hostname} took longer than ${opts.timeoutMs / 1000} s. ` +
          "Check that the server is reachable and fast enough, or raise INGEST_DOWNLOAD_TIMEOUT_SECONDS.",
        { host: target.hostname },
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

function request(target: URL, addresses: LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const client = target.protocol === "https:" ? https : http;
  const host = target.hostname;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        protocol: target.protocol,
        hostname: host.replace(/^\[(.*)\]$/, "$1"),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: "GET",
        auth: target.username ? `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}` : undefined,
        // identity: the bytes we count and store are the recording, not a gzip of it.
        headers: { "user-agent": USER_AGENT, accept: "*/*", "accept-encoding": "identity" },
        // A fresh connection per hop: a pooled socket could have been opened to an address checked under other rules.
        agent: false,
        lookup: pinnedLookup(addresses),
        signal,
      },
      (response) => {
        // The request's signal stops the request; this stops a body that is still streaming into storage.
        const onAbort = () => response.destroy(new Error("The download timed out"));
        signal.addEventListener("abort", onAbort, { once: true });
        response.once("close", () => signal.removeEventListener("abort", onAbort));
        resolve(response);
      },
    );
    // `on`, not `once`: a socket can fail again after the first error, and an unheard 'error' would crash the process.
    req.on("error", (error: NodeJS.ErrnoException) => {
      reject(signal.aborted ? error : new DownloadError("UNREACHABLE", connectProblem(host, error), { host }, { cause: error }));
    });
    req.end();
  });
}

function parseHttpUrl(url: string, redirectedFrom?: URL): URL {
  const where = redirectedFrom ? `${redirectedFrom.hostname} redirected to a URL that` : "The URL";
  if (typeof url !== "string" || url.length > MAX_URL_LENGTH) {
    throw new DownloadError("BAD_URL", `${where} is not a string of at most ${MAX_URL_LENGTH} characters.`);
  }
  let parsed: URL;
  try {
    parsed = redirectedFrom ? new URL(url, redirectedFrom) : new URL(url);
  } catch {
    throw new DownloadError("BAD_URL", `${where} is not a valid absolute URL.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new DownloadError("BAD_URL", `${where} uses ${parsed.protocol}; only http: and https: URLs can be downloaded.`, {
      host: parsed.hostname || undefined,
    });
  }
  if (!parsed.hostname) throw new DownloadError("BAD_URL", `${where} has no host.`);
  return parsed;
}

function nextHop(current: URL, location: string | undefined, redirectsSoFar: number): URL {
  const host = current.hostname;
  if (redirectsSoFar >= MAX_REDIRECTS) {
    throw new DownloadError(
      "TOO_MANY_REDIRECTS",
      `The URL redirected more than ${MAX_REDIRECTS} times (last at ${host}). Give the final URL of the recording.`,
      { host },
    );
  }
  if (!location) throw new DownloadError("HTTP_ERROR", `${host} sent a redirect without a Location header.`, { host });
  return parseHttpUrl(location, current);
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

function connectProblem(host: string, error: NodeJS.ErrnoException): string {
  const code = error.code ?? error.message;
  if (code === "ECONNREFUSED") return `${host} refused the connection. Check the URL's port.`;
  if (code === "ECONNRESET") return `${host} closed the connection before answering.`;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return `The HTTPS certificate of ${host} could not be verified (${code}). Use a URL with a valid certificate.`;
  }
  return `Could not connect to ${host} (${code}).`;
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  return copy.href;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
