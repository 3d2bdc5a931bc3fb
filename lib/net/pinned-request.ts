import type { LookupAddress } from "node:dns";
import http, { type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";
import { DownloadError } from "./download-error";
import { pinnedLookup } from "./resolve-host";

export interface PinnedRequestOptions {
  method: "GET" | "POST";
  headers: OutgoingHttpHeaders;
  auth?: string;
  signal: AbortSignal;
  /** Called with the response headers; the caller reads or destroys the body. */
  onResponse: (response: IncomingMessage) => void;
  reject: (error: Error) => void;
}

/**
 * One HTTP(S) request to addresses already resolved and checked: the
 * connection goes to exactly those (no DNS rebinding between check and
 * connect), on a fresh socket, and a connection failure becomes a
 * DownloadError that names the host. The caller writes the body and ends it.
 */
export function pinnedRequest(target: URL, addresses: readonly LookupAddress[], opts: PinnedRequestOptions): ClientRequest {
  const client = target.protocol === "https:" ? https : http;
  const host = target.hostname;
  const req = client.request(
    {
      protocol: target.protocol,
      hostname: host.replace(/^\[(.*)\]$/, "$1"),
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: opts.method,
      auth: opts.auth,
      headers: opts.headers,
      // A fresh connection each time: a pooled socket could have been opened to an address checked under other rules.
      agent: false,
      lookup: pinnedLookup(addresses),
      signal: opts.signal,
    },
    opts.onResponse,
  );
  // `on`, not `once`: a socket can fail again after the first error, and an unheard 'error' would crash the process.
  req.on("error", (error: NodeJS.ErrnoException) => {
    opts.reject(opts.signal.aborted ? error : new DownloadError("UNREACHABLE", connectProblem(host, error), { host }, { cause: error }));
  });
  return req;
}

/** Why a connection failed, in words a person can act on. */
export function connectProblem(host: string, error: NodeJS.ErrnoException): string {
  const code = error.code ?? error.message;
  if (code === "ECONNREFUSED") return `${host} refused the connection. Check the URL's port.`;
  if (code === "ECONNRESET") return `${host} closed the connection before answering.`;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return `The HTTPS certificate of ${host} could not be verified (${code}). Use a URL with a valid certificate.`;
  }
  return `Could not connect to ${host} (${code}).`;
}
