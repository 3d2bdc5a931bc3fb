import type { Db } from "../../db/client";
import { safeEqual } from "../auth/secrets";
import { AppError } from "../errors";
import type { ServiceContext } from "../services/context";
import { hasSignatureHeaders, SIGNATURE_TOLERANCE_SECONDS, verifyIngestSignature } from "../services/ingest/ingest-signature";
import { loadIngestCredentials } from "../services/ingest/ingest-settings-row";
import { readDeliveryBody, toDelivery, type IngestDelivery } from "../services/ingest/parse-delivery";
import { authenticate, type SessionLookup } from "./authenticate";
import { resolveOrgContext, SELECTED_ORG_HEADER } from "./org-context";

const unauthorized = (message: string) => new AppError("UNAUTHORIZED", message);

/**
 * Who is delivering to `POST /records/ingest`, and what. Three ways in:
 * an API key (or access token) like every other endpoint; a body signed with
 * the organization's ingest secret; or, for Bitrix24, whose outbound webhooks
 * cannot sign, the portal's application token inside the event. The last two
 * name the organization with `?orgId=` or X-Selected-Org-ID. A signature is
 * checked on the raw bytes before the body is even parsed, so a forged
 * delivery learns nothing but 401.
 */
export async function authenticateIngest(
  req: Request,
  db: Db,
  raw: Buffer,
  lookupSession: SessionLookup,
): Promise<{ ctx: Omit<ServiceContext, "requestId">; delivery: IngestDelivery }> {
  const contentType = req.headers.get("content-type") ?? "";
  if (req.headers.has("authorization")) {
    const principal = await authenticate(req, db, lookupSession);
    const { orgId, actor } = await resolveOrgContext(db, principal, req);
    return { ctx: { db, orgId, actor }, delivery: toDelivery(readDeliveryBody(raw, contentType)) };
  }

  const orgId = req.headers.get(SELECTED_ORG_HEADER)?.trim() || new URL(req.url).searchParams.get("orgId")?.trim();
  if (!orgId) {
    throw unauthorized(
      "Authenticate the delivery: send an API key (Authorization: Bearer), or name the organization (?orgId= or X-Selected-Org-ID) and sign the body with its ingest secret (X-Signature)",
    );
  }
  const credentials = await loadIngestCredentials(db, orgId);

  if (hasSignatureHeaders(req.headers)) {
    if (!credentials?.secret) {
      throw unauthorized("This organization has no ingest secret; generate one in Settings → Integrations (or POST /api/v1/ingest/secret)");
    }
    const check = verifyIngestSignature(credentials.secret, raw, req.headers);
    if (check === "stale") {
      throw unauthorized(`X-Signature-Timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} s from our clock; sign with the current time`);
    }
    if (check !== "valid") throw unauthorized("The signature does not match the body and the organization's ingest secret");
    const actor = { type: "integration", integration: "ingest_secret", role: "supervisor" } as const;
    return { ctx: { db, orgId, actor }, delivery: toDelivery(readDeliveryBody(raw, contentType)) };
  }

  // Only Bitrix24 carries its proof inside the body, so the body is read first;
  // until the token matches, any problem with it is still just a 401.
  let body: Record<string, unknown> | undefined;
  try {
    body = readDeliveryBody(raw, contentType);
  } catch {
    body = undefined;
  }
  const token = bitrix24TokenIn(body);
  if (token !== undefined) {
    const expected = credentials?.bitrix24?.applicationToken;
    if (!expected || !safeEqual(token, expected)) {
      throw unauthorized("The Bitrix24 application token does not match the one saved in Settings → Integrations");
    }
    const actor = { type: "integration", integration: "bitrix24", role: "supervisor" } as const;
    return { ctx: { db, orgId, actor }, delivery: toDelivery(body!) };
  }
  throw unauthorized("The delivery is not signed: add X-Signature (HMAC-SHA256 of the body with the ingest secret) or send an API key");
}

function bitrix24TokenIn(body: Record<string, unknown> | undefined): string | undefined {
  const auth = body?.auth;
  if (typeof body?.event !== "string" || !auth || typeof auth !== "object") return undefined;
  const token = (auth as Record<string, unknown>).application_token;
  return typeof token === "string" && token !== "" ? token : undefined;
}
