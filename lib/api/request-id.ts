import { randomBase62 } from "../ids";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echo a caller's id when it is harmless to log and return; otherwise make one. */
export function requestIdFor(req: Request): string {
  const incoming = req.headers.get("x-request-id")?.trim();
  if (incoming && SANE_REQUEST_ID.test(incoming)) return incoming;
  return `req_${randomBase62(20)}`;
}
