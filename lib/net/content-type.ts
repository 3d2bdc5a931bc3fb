const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * The bare media type of a Content-Type header ("audio/mpeg" from
 * "Audio/MPEG; charset=x"). Anything malformed or missing becomes
 * application/octet-stream: the value is another server's and ends up in our
 * own headers, so it is never passed on as-is.
 */
export function normalizeContentType(header: string | undefined): string {
  const type = (header ?? "").split(";")[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(type) && type.length <= 127 ? type : "application/octet-stream";
}

/** Patterns are exact types or "type/*" ("audio/*"). */
export function isAllowedContentType(type: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p === "*/*" || p === type || (p.endsWith("/*") && type.startsWith(p.slice(0, -1)));
  });
}
