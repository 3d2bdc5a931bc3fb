import "server-only";

import { headers } from "next/headers";
import { config } from "../config";

/**
 * The address people and systems outside reach this server at: APP_URL when
 * the operator set it, else what the browser used (behind a proxy, its
 * X-Forwarded-* headers). Used to show URLs to paste into other systems.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = config().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${config().PORT}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
