import "server-only";

/**
 * Where to go after signing in. Only same-site paths: an absolute or
 * protocol-relative URL here would make the login page an open redirect.
 */
export function safeRedirectPath(value: string | undefined | null, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
