import { z } from "zod";
import { parseInput } from "../parse-input";

// Bitrix24 form values are strings; the same event re-sent as JSON may carry numbers.
const field = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const callEndEvent = z.object({
  data: z.looseObject({
    CALL_ID: field.pipe(z.string().min(1, "is required").max(200)),
    CALL_TYPE: field.optional(),
    PHONE_NUMBER: field.optional(),
    PORTAL_NUMBER: field.optional(),
    PORTAL_USER_ID: field.optional(),
    CALL_DURATION: field.optional(),
    CALL_START_DATE: field.optional(),
    CALL_FAILED_CODE: field.optional(),
    CALL_FAILED_REASON: field.optional(),
    CRM_ACTIVITY_ID: field.optional(),
  }, { error: "is required: the call's fields (data[CALL_ID] and the rest)" }),
  auth: z.looseObject({ domain: field.optional() }).optional(),
});

/** What Callscope keeps of Bitrix24's ONVOXIMPLANTCALLEND event. */
export interface Bitrix24CallEnd {
  callId: string;
  direction: "inbound" | "outbound" | null;
  /** The customer's number (the caller on inbound calls, the called number on outbound ones). */
  phoneNumber: string | null;
  portalNumber: string | null;
  portalUserId: string | null;
  durationSeconds: number | null;
  startedAt: string | null;
  /** "200" is a call that was answered; other codes are missed, busy, refused… */
  failedCode: string | null;
  failedReason: string | null;
  crmActivityId: string | null;
  domain: string | null;
}

/**
 * Bitrix24 call types: 1 outgoing, 2 incoming, 3 incoming redirected to a
 * mobile, 4 callback (the portal calls the customer back).
 */
function directionOf(callType: string | undefined): Bitrix24CallEnd["direction"] {
  if (callType === "1" || callType === "4") return "outbound";
  if (callType === "2" || callType === "3") return "inbound";
  return null;
}

const orNull = (v: string | undefined) => (v ? v : null);

export function parseBitrix24CallEnd(body: Record<string, unknown>): Bitrix24CallEnd {
  const { data, auth } = parseInput(callEndEvent, body);
  const duration = Number(data.CALL_DURATION);
  return {
    callId: data.CALL_ID,
    direction: directionOf(data.CALL_TYPE),
    phoneNumber: orNull(data.PHONE_NUMBER),
    portalNumber: orNull(data.PORTAL_NUMBER),
    portalUserId: orNull(data.PORTAL_USER_ID),
    durationSeconds: data.CALL_DURATION && Number.isFinite(duration) ? duration : null,
    startedAt: orNull(data.CALL_START_DATE),
    failedCode: orNull(data.CALL_FAILED_CODE),
    failedReason: orNull(data.CALL_FAILED_REASON),
    crmActivityId: orNull(data.CRM_ACTIVITY_ID),
    domain: orNull(auth?.domain),
  };
}

/** Only answered calls have a conversation to transcribe. */
export function bitrix24CallWasAnswered(call: Bitrix24CallEnd): boolean {
  return call.failedCode === null || call.failedCode === "200";
}
