import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineJob } from "./define-job";
import { toInngestFunction } from "./to-inngest-function";

/**
 * The same job definition the embedded runner executes, registered with
 * Inngest and run by Inngest's test engine: step ids, results, events sent
 * and failures must behave the same way.
 */
// Any event not mocked would go to a closed loopback port, never to the internet.
const client = new Inngest({ id: "callscope-test", eventKey: "test-key", baseUrl: "http://127.0.0.1:9" });

const summarise = defineJob({
  id: "summarise",
  event: "test/summarise",
  schema: z.object({ orgId: z.string(), recordId: z.string() }),
  retries: 2,
  concurrencyPerOrg: 2,
  async handler({ event, step }) {
    const words = await step.run("count-words", () => 120);
    await step.sendEvent("announce", { name: "test/summarised", data: { orgId: event.data.orgId, recordId: event.data.recordId, words } });
    return { recordId: event.data.recordId, words };
  },
});

describe("jobs on Inngest", () => {
  it("runs the handler with Inngest's steps and sends its events through step.sendEvent", async () => {
    const sent = vi.fn(() => ({ ids: ["evt_1"] }));
    const t = new InngestTestEngine({
      function: toInngestFunction(client, summarise),
      events: [{ name: "test/summarise", data: { orgId: "org_a", recordId: "rec_1" } }],
      steps: [{ id: "announce", handler: sent }],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ recordId: "rec_1", words: 120 });
    expect(ctx.step.run).toHaveBeenCalledWith("count-words", expect.any(Function));
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("announce", {
      name: "test/summarised",
      data: { orgId: "org_a", recordId: "rec_1", words: 120 },
    });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it("refuses an event whose data does not match the job's schema", async () => {
    const t = new InngestTestEngine({
      function: toInngestFunction(client, summarise),
      events: [{ name: "test/summarise", data: { orgId: "org_a" } }],
    });
    const { error } = await t.execute();
    expect(String((error as Error | undefined)?.message ?? error)).toMatch(/invalid data/);
  });
});
