import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

export const ID_PREFIXES = {
  org: "org",
  user: "usr",
  membership: "mem",
  invitation: "inv",
  apiKey: "key",
  refreshToken: "rtk",
  project: "proj",
  audit: "aud",
  jobRun: "run",
  record: "rec",
  scorecard: "scd",
  analysis: "ana",
  annotation: "ann",
  review: "rev",
  export: "exp",
  webhookEndpoint: "whk",
  webhookDelivery: "dlv",
  webhookEvent: "evt",
  email: "eml",
  usageEvent: "usg",
  creditGrant: "crd",
  alertRule: "alr",
  incident: "inc",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/** Random base62 text; 62^n possibilities, unbiased by rejection sampling. */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: bytes above it would favour the first characters.
      if (byte < 248) out += ALPHABET[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Prefixed ids (`proj_3fK...`) tell a reader what an id points at. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomBase62(20)}`;
}

/** A cheap shape check so obviously malformed ids fail before any query. */
export function looksLikeId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-Za-z]{8,40}$`).test(value);
}
