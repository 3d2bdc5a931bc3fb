import { InvalidKeyError } from "./errors";

/**
 * Keys become file paths on local disk, so they are checked before anything
 * touches the disk or the network. A segment starts with a letter, digit or
 * underscore: that rules out "", ".", ".." and hidden names, and leaves every
 * dot-name free for the store's own temp and sidecar files (see local-disk.ts).
 * 200 characters per segment keeps ".<name>.<uuid>.tmp" under the 255-byte
 * file-name limit of common filesystems.
 */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;
const MAX_KEY_LENGTH = 1024;

function segmentProblem(key: string): string | null {
  if (key.length === 0) return "it is empty";
  if (key.length > MAX_KEY_LENGTH) return `it is longer than ${MAX_KEY_LENGTH} characters`;
  if (key.startsWith("/")) return "it must be relative (no leading /)";
  for (const segment of key.split("/")) {
    if (segment === "") return "it has an empty path segment (// or a trailing /)";
    if (segment === "." || segment === "..") return "it contains . or .. segments";
    if (!SEGMENT.test(segment)) {
      return "each /-separated segment must start with a letter, digit or _ and use only letters, digits, . _ -";
    }
  }
  return null;
}

export function assertValidKey(key: string): void {
  if (typeof key !== "string") throw new InvalidKeyError(String(key), "it is not a string");
  const problem = segmentProblem(key);
  if (problem) throw new InvalidKeyError(key, problem);
}

/**
 * Prefixes name a folder and must end with "/": S3 matches prefixes by string,
 * so "records/rec_1" would also delete "records/rec_12/...".
 */
export function assertValidPrefix(prefix: string): void {
  if (typeof prefix !== "string" || !prefix.endsWith("/")) {
    throw new InvalidKeyError(String(prefix), 'a prefix must end with "/" (for example "records/rec_123/")');
  }
  const problem = segmentProblem(prefix.slice(0, -1));
  if (problem) throw new InvalidKeyError(prefix, problem);
}

/** Content types end up in an HTTP header (S3, and our Range responses): printable ASCII only. */
export function assertValidContentType(contentType: string): void {
  if (typeof contentType !== "string" || !/^[\x21-\x7e][\x20-\x7e]{0,254}$/.test(contentType)) {
    throw new TypeError(`Invalid content type ${JSON.stringify(String(contentType).slice(0, 100))}`);
  }
}
