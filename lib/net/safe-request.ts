import type { LookupAddress } from "node:dns";
import type { IncomingMessage } from "node:http";
import { DownloadError } from "./download-error";
import { pinnedRequest } from "./pinned-request";
import { resolveAllowedAddresses } from "./resolve-host";

const MAX_REDIRECTS = 3;
const MAX_URL_LENGTH = 8192;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Callscope-Ingest/1.0";

/**
 * A GET to a URL someone else chose, guarded against SSRF: every hop's host is
 * resolved here and each address checked; the connection then goes to exactly
 * those addresses (no DNS rebinding between check and connect). Follows up to
 * three redirects and answers with the final response, whatever its status;
 * the caller reads or destroys it. `signal` bounds the whole exchange.
 */
export async function openSafeGet(
  url: string,
  opts: { allowPrivate: boolean; signal: AbortSignal; accept?: string },
): Promise<{ response: IncomingMessage; target: URL }> {
  let target = parseHttpUrl(url);
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveAllowedAddresses(target.hostname, { allowPrivate: opts.allowPrivate, signal: opts.signal });
    const response = await request(target, addresses, opts.signal, opts.accept ?? "*/*");
    if (!REDIRECT_STATUSES.has(response.statusCode ?? 0)) return { response, target };
    response.destroy();
    target = nextHop(target, response.headers.location, redirects);
  }
}

function request(target: URL, addresses: LookupAddress[], signal: AbortSignal, accept: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    pinnedRequest(target, addresses, {
      method: "GET",
      auth: target.username ? `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}` : undefined,
      // identity: the bytes we count and store are the recording, not a gzip of it.
      headers: { "user-agent": USER_AGENT, accept, "accept-encoding": "identity" },
      signal,
      onResponse: (response) => {
        // The request's signal stops the request; this stops a body that is still streaming into storage.
        const onAbort = () => response.destroy(new Error("The download timed out"));
        signal.addEventListener("abort", onAbort, { once: true });
        response.once("close", () => signal.removeEventListener("abort", onAbort));
        resolve(response);
      },
      reject,
    }).end();
  });
}

export function parseHttpUrl(url: string, redirectedFrom?: URL): URL {
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

export function withoutCredentials(url: URL): string {
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  return copy.href;
}

