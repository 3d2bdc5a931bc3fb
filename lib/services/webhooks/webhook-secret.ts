import { generateSecret } from "../../auth/secrets";
import { openSecret, sealSecret } from "../../crypto/sealed-secrets";

export const WEBHOOK_SECRET_PREFIX = "whsec_";

/** Bound to the organization and the endpoint: a sealed secret copied to another row does not open. */
const sealContext = (orgId: string, endpointId: string) => `webhook-secret:${orgId}:${endpointId}`;

/** A new signing secret, sealed for storage, with the part that may be shown again. */
export function newWebhookSecret(orgId: string, endpointId: string) {
  const secret = generateSecret(WEBHOOK_SECRET_PREFIX);
  return {
    secret,
    sealed: sealSecret(secret, sealContext(orgId, endpointId)),
    prefix: secret.slice(0, WEBHOOK_SECRET_PREFIX.length + 8),
  };
}

export function openWebhookSecret(row: { orgId: string; id: string; secretSealed: string }): string {
  return openSecret(row.secretSealed, sealContext(row.orgId, row.id));
}
