import net from "node:net";

/**
 * What kind of destination an IP address is, for deciding whether the server
 * may fetch a URL someone gave it (SSRF). Everything that is not plainly a
 * public unicast address gets a kind other than "public", so a range we forgot
 * fails closed: IPv6 outside 2000::/3 is "reserved" until IANA allocates it.
 */
export type AddressKind =
  | "public"
  | "private" // RFC 1918, and IPv6 site-local (fec0::/10, deprecated)
  | "loopback"
  | "link-local" // 169.254/16 holds the cloud metadata service (169.254.169.254)
  | "unique-local" // fc00::/7
  | "cgnat" // 100.64/10, carrier-grade NAT and many VPN/overlay networks (Tailscale)
  | "multicast"
  | "unspecified" // 0.0.0.0/8 and ::, which Linux connects to the local host
  | "broadcast"
  | "documentation"
  | "reserved"
  | "invalid";

type V4Rule = [network: string, prefix: number, kind: AddressKind];

// Most specific first: 255.255.255.255 before 240/4.
const V4_RULES: V4Rule[] = [
  ["255.255.255.255", 32, "broadcast"],
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "cgnat"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"], // IETF protocol assignments
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "reserved"], // deprecated 6to4 relay anycast
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"], // benchmarking
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

/**
 * "v4-in-low-32" and "v4-6to4": the address carries an IPv4 address that
 * decides where a packet really goes, so that address is classified instead.
 */
type Embedded = "v4-in-low-32" | "v4-6to4";
type V6Rule = [network: string, prefix: number, kind: AddressKind | Embedded];

const V6_RULES: V6Rule[] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["::ffff:0:0", 96, "v4-in-low-32"], // IPv4-mapped: ::ffff:127.0.0.1 is 127.0.0.1
  ["::", 96, "v4-in-low-32"], // IPv4-compatible (deprecated): ::127.0.0.1
  ["64:ff9b::", 96, "v4-in-low-32"], // NAT64: the gateway connects to the embedded IPv4
  ["64:ff9b:1::", 48, "reserved"], // local-use NAT64
  ["100::", 64, "reserved"], // discard-only
  ["2001::", 32, "reserved"], // Teredo: tunnels to an address hidden in the rest
  ["2001:db8::", 32, "documentation"],
  ["2002::", 16, "v4-6to4"], // 6to4: 2002:AABB:CCDD::/48 routes to A.B.C.D
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "private"],
  ["ff00::", 8, "multicast"],
];

const V4_COMPILED = V4_RULES.map(([network, prefix, kind]) => {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (parseV4(network)! & mask) >>> 0, mask, kind };
});

const ALL_V6 = (1n << 128n) - 1n;
const V6_COMPILED = V6_RULES.map(([network, prefix, kind]) => {
  const mask = (ALL_V6 << BigInt(128 - prefix)) & ALL_V6;
  return { base: parseV6(network)! & mask, mask, kind };
});
const GLOBAL_UNICAST = { base: 0x2n << 124n, mask: 0x7n << 125n }; // 2000::/3

export function classifyAddress(address: string): AddressKind {
  // Brackets from a URL host, and an IPv6 zone id (fe80::1%eth0), are not part of the address.
  const bare = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (net.isIPv4(bare)) return classifyV4(parseV4(bare)!);
  if (net.isIPv6(bare)) {
    const value = parseV6(bare);
    return value === null ? "invalid" : classifyV6(value);
  }
  return "invalid";
}

function classifyV4(value: number): AddressKind {
  for (const rule of V4_COMPILED) if (((value & rule.mask) >>> 0) === rule.base) return rule.kind;
  return "public";
}

function classifyV6(value: bigint): AddressKind {
  for (const rule of V6_COMPILED) {
    if ((value & rule.mask) !== rule.base) continue;
    if (rule.kind === "v4-in-low-32") return classifyV4(Number(value & 0xffffffffn));
    if (rule.kind === "v4-6to4") return classifyV4(Number((value >> 80n) & 0xffffffffn));
    return rule.kind;
  }
  return (value & GLOBAL_UNICAST.mask) === GLOBAL_UNICAST.base ? "public" : "reserved";
}

function parseV4(text: string): number | null {
  const parts = text.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** Expects text that net.isIPv6 accepted: "::" at most once, an optional dotted IPv4 tail. */
function parseV6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const expand = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    for (const piece of half.split(":")) {
      if (piece.includes(".")) {
        const v4 = parseV4(piece);
        if (v4 === null) return null;
        out.push(v4 >>> 16, v4 & 0xffff);
      } else {
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = expand(halves[0]!);
  const tail = halves.length === 2 ? expand(halves[1]!) : [];
  if (!head || !tail) return null;
  const groups: number[] = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail] : head;
  if (groups.length !== 8 || groups.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/**
 * Kinds that INGEST_ALLOW_PRIVATE_URLS opens: addresses of the operator's own
 * network, where a self-hosted PBX may keep its recordings. Link-local stays
 * closed even then (it is where cloud metadata credentials live), and so do
 * multicast, broadcast, unspecified and reserved: no recording server is there.
 */
const OWN_NETWORK: ReadonlySet<AddressKind> = new Set(["private", "loopback", "unique-local", "cgnat"]);

export function isAllowedDestination(address: string, opts: { allowPrivate: boolean }): boolean {
  const kind = classifyAddress(address);
  return kind === "public" || (opts.allowPrivate && OWN_NETWORK.has(kind));
}
