import dns, { type LookupAddress } from "node:dns";
import net, { type LookupFunction } from "node:net";
import { DownloadError } from "./download-error";
import { classifyAddress, isAllowedDestination } from "./ip-ranges";

/**
 * Resolves a URL's host and checks every address it resolves to. One refused
 * address refuses the host: a name that answers with both a public and a
 * private address is what a rebinding attack looks like.
 */
export async function resolveAllowedAddresses(
  hostname: string,
  opts: {
    allowPrivate: boolean;
    signal: AbortSignal;
    /** What to tell the operator when a private address is refused; names the setting that opens it. */
    privateHint?: string;
  },
): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = net.isIP(host);
  const addresses = family ? [{ address: host, family }] : await lookupAll(host, opts.signal);
  for (const { address } of addresses) {
    if (!isAllowedDestination(address, opts)) {
      // The address itself stays out of the message: echoing it would let a caller map internal DNS names.
      throw new DownloadError(
        "PRIVATE_ADDRESS",
        `${host} points to a ${classifyAddress(address)} address, which Callscope does not connect to. ` +
          (opts.allowPrivate
            ? "Use a URL on a public or private-network address."
            : (opts.privateHint ??
              "Use a publicly reachable URL, or set INGEST_ALLOW_PRIVATE_URLS=true if recordings are served from your own network.")),
        { host },
      );
    }
  }
  return addresses;
}

async function lookupAll(host: string, signal: AbortSignal): Promise<LookupAddress[]> {
  signal.throwIfAborted();
  // getaddrinfo cannot be cancelled; racing it keeps the overall timeout honest.
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    const found = await Promise.race([dns.promises.lookup(host, { all: true, verbatim: true }), aborted]);
    if (found.length === 0) throw Object.assign(new Error("no addresses"), { code: "ENOTFOUND" });
    return found;
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DownloadError("UNREACHABLE", `Could not resolve the host ${host}. Check the URL's host name.`, { host }, {
      cause: error,
    });
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/**
 * A `lookup` for http.request that answers with the addresses already checked,
 * whatever name it is asked about. The connection therefore goes to an address
 * we approved, even if the name's DNS answer changes between the check and the
 * connect (DNS rebinding). Node calls it with `all: true` when it races IPv4
 * and IPv6 (autoSelectFamily), and without it otherwise.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : (options.family ?? 0);
    const candidates = wanted ? addresses.filter((a) => a.family === wanted) : [...addresses];
    const first = candidates[0];
    if (!first) {
      callback(Object.assign(new Error(`No IPv${wanted} address for the host`), { code: "ENOTFOUND" }), "", 0);
      return;
    }
    if (options.all) callback(null, candidates);
    else callback(null, first.address, first.family);
  };
}
