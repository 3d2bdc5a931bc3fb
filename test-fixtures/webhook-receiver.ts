import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A webhook receiver as a customer would write one (docs/webhooks.md), on a
 * real port on 127.0.0.1: it checks X-Signature and X-Signature-V2 with the
 * endpoint's secret using node:crypto only, refuses a timestamp more than five
 * minutes away (a replay), and otherwise answers as the test tells it.
 */
export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; created: string; organizationId: string; data: Record<string, unknown> } | null;
  /** What the checks found; only "valid" requests reach the test's answer. */
  verdict: "valid" | "bad-signature" | "stale";
  receivedAt: number;
}

export type Answer = { status: number; body?: string; delayMs?: number } | "hang";

export interface WebhookReceiver {
  url: string;
  secret: string;
  received: ReceivedWebhook[];
  /** Valid deliveries only. */
  valid(): ReceivedWebhook[];
  /** How to answer the n-th valid request (0-based); 200 by default. */
  answer: (n: number, request: ReceivedWebhook) => Answer;
  /** The receiver's clock, in milliseconds; tests move it to make a request stale. */
  now: () => number;
  close(): Promise<void>;
}

const TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("hex");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The check from docs/webhooks.md: V2 over "<timestamp>.<body>", the timestamp recent, and V1 over the body. */
export function verifyWebhook(secret: string, body: string, headers: http.IncomingHttpHeaders, nowMs: number): ReceivedWebhook["verdict"] {
  const timestamp = String(headers["x-signature-timestamp"] ?? "");
  const v2 = String(headers["x-signature-v2"] ?? "");
  const v1 = String(headers["x-signature"] ?? "");
  if (!/^\d+$/.test(timestamp)) return "bad-signature";
  if (!sameText(v2, `sha256=${hmacHex(secret, `${timestamp}.${body}`)}`)) return "bad-signature";
  if (!sameText(v1, `sha256=${hmacHex(secret, body)}`)) return "bad-signature";
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return "stale";
  return "valid";
}

export async function startWebhookReceiver(secret = ""): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: "",
    secret,
    received: [],
    valid: () => receiver.received.filter((r) => r.verdict === "valid"),
    answer: () => ({ status: 200, body: "ok" }),
    now: () => Date.now(),
    close: async () => {},
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    let event: ReceivedWebhook["event"] = null;
    try {
      event = JSON.parse(body) as ReceivedWebhook["event"];
    } catch {
      event = null;
    }
    const request: ReceivedWebhook = { headers: req.headers, body, event, verdict: verifyWebhook(receiver.secret, body, req.headers, receiver.now()), receivedAt: Date.now() };
    const n = receiver.valid().length;
    receiver.received.push(request);
    if (request.verdict !== "valid") return void res.writeHead(401, { "content-type": "text/plain" }).end(request.verdict);
    const answer = receiver.answer(n, request);
    if (answer === "hang") return; // never answers: the sender's timeout must end it
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    res.writeHead(answer.status, { "content-type": "text/plain" }).end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
