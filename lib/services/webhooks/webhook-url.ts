import { config } from "../../config";
import { validationError } from "../../errors";
import { DownloadError } from "../../net/download-error";
import { resolveAllowedAddresses } from "../../net/resolve-host";

/** How long creating an endpoint may spend resolving its host. */
const RESOLVE_TIMEOUT_MS = 5000;

export const WEBHOOK_PRIVATE_HINT =
  "Use a publicly reachable URL, or set WEBHOOK_ALLOW_PRIVATE_URLS=true if receivers run on your own network.";

export function allowPrivateWebhookUrls(): boolean {
  return config().WEBHOOK_ALLOW_PRIVATE_URLS;
}

/**
 * Refuses, as a 400 on `url`, a receiver Callscope must not send to: one with
 * credentials in it (sign-in belongs in the signature check), or one whose
 * host is or resolves to a private, loopback, link-local or otherwise
 * non-public address (unless the operator allows private networks). The same
 * check runs again before every delivery, since DNS answers can change.
 */
export async function assertDeliverableUrl(url: string): Promise<void> {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    throw validationError({ url: ["must not contain a user name or password; receivers check the X-Signature header instead"] });
  }
  try {
    await resolveAllowedAddresses(parsed.hostname, {
      allowPrivate: allowPrivateWebhookUrls(),
      signal: AbortSignal.timeout(RESOLVE_TIMEOUT_MS),
      privateHint: WEBHOOK_PRIVATE_HINT,
    });
  } catch (error) {
    if (error instanceof DownloadError) throw validationError({ url: [error.message] });
    if (error instanceof Error && error.name === "TimeoutError") {
      throw validationError({ url: [`Could not resolve ${parsed.hostname} within ${RESOLVE_TIMEOUT_MS / 1000} s`] });
    }
    throw error;
  }
}
