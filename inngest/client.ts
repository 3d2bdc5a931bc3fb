import { Inngest } from "inngest";
import { config } from "../lib/config";

/**
 * The Inngest client. It is only used when Inngest is the engine (an event key
 * or a dev server is configured); otherwise events go to the embedded runner.
 */
let client: Inngest | undefined;

export function inngestClient(): Inngest {
  if (!client) {
    const cfg = config();
    const dev = cfg.INNGEST_DEV;
    client = new Inngest({
      id: "callscope",
      ...(cfg.INNGEST_EVENT_KEY ? { eventKey: cfg.INNGEST_EVENT_KEY } : {}),
      ...(cfg.INNGEST_SIGNING_KEY ? { signingKey: cfg.INNGEST_SIGNING_KEY } : {}),
      ...(dev ? { isDev: true, ...(/^https?:\/\//.test(dev) ? { baseUrl: dev } : {}) } : {}),
    });
  }
  return client;
}

export function usesInngest(): boolean {
  const cfg = config();
  return Boolean(cfg.INNGEST_EVENT_KEY || cfg.INNGEST_DEV);
}
