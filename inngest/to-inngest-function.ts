import { NonRetriableError, type Inngest } from "inngest";
import type { AnyJob, JobEvent, StepTools } from "./define-job";

/** Inngest's step tools, narrowed to the interface our handlers use. */
interface InngestStepLike {
  run(id: string, fn: () => unknown): Promise<unknown>;
  sendEvent(id: string, payload: unknown): Promise<unknown>;
  sleep(id: string, duration: number): Promise<unknown>;
}

export function adaptInngestStep(step: InngestStepLike): StepTools {
  return {
    run: <T>(id: string, fn: () => Promise<T> | T) => step.run(id, fn) as Promise<T>,
    sendEvent: async (id: string, events: JobEvent | JobEvent[]) => {
      await step.sendEvent(id, events);
    },
    sleep: async (id: string, durationMs: number) => {
      await step.sleep(id, durationMs);
    },
  };
}

/**
 * Registers a job with Inngest: same id, trigger, retries and per-organization
 * concurrency as the embedded runner gives it, and the same handler.
 */
export function toInngestFunction(client: Inngest, job: AnyJob) {
  return client.createFunction(
    {
      id: job.id,
      triggers: [{ event: job.event }],
      retries: job.retries as 3,
      ...(job.concurrencyPerOrg ? { concurrency: [{ key: "event.data.orgId", limit: job.concurrencyPerOrg }] } : {}),
      ...(job.onFailure
        ? {
            onFailure: async ({ event, error, step }: { event: { data: { event: { name: string; data: unknown; id?: string } } }; error: Error; step: InngestStepLike }) => {
              const original = event.data.event;
              await job.onFailure!({
                event: { name: original.name, data: job.schema.parse(original.data), id: original.id ?? "" },
                error,
                step: adaptInngestStep(step),
              });
            },
          }
        : {}),
    },
    async ({ event, step, runId, attempt }: { event: { name: string; data: unknown; id?: string }; step: InngestStepLike; runId: string; attempt: number }) => {
      const parsed = job.schema.safeParse(event.data);
      // A malformed event will never become valid: do not retry it.
      if (!parsed.success) throw new NonRetriableError(`Event ${event.name} has invalid data: ${parsed.error.message}`);
      return job.handler({
        event: { name: event.name, data: parsed.data, id: event.id ?? "" },
        step: adaptInngestStep(step),
        runId,
        attempt,
      });
    },
  );
}
