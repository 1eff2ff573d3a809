/**
 * defineJob / defineCron: one definition yields the Inngest function served at /api/inngest and
 * the plain handler lib/platform/jobs/runner.ts runs in-process when Inngest is not configured. Handlers see the
 * same small surface in both modes (event, step.run, step.sendEvent, logger), so a function
 * behaves alike wherever it runs.
 */
import { cron, type InngestFunction } from "inngest";
import type { JobContext, JobDefinition, JobStep, JobTrigger } from "@/lib/platform/jobs/types";
import { inngest, type EventData, type EventName } from "./client";

export type { JobContext, JobDefinition, JobStep, JobTrigger };

type RetryCount = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

function toInngest(id: string, trigger: JobTrigger, retries: RetryCount, handler: JobDefinition["handler"]) {
  const triggers = "cron" in trigger ? [cron(trigger.cron)] : [{ event: trigger.event }];
  return inngest.createFunction({ id, retries, triggers }, async ({ event, step, logger, attempt }) => {
    const jobStep: JobStep = {
      // Inngest serialises step results as JSON; our handlers only return JSON-safe values.
      run: (stepId, fn) => step.run(stepId, async () => fn()) as never,
    };
    return handler({
      event: { name: event.name, data: (event.data ?? {}) as Record<string, unknown>, id: event.id },
      step: jobStep,
      logger,
      attempt,
    });
  }) as unknown as InngestFunction.Any;
}

export function defineJob<N extends EventName>(
  opts: { id: string; event: N; retries?: RetryCount },
  handler: (ctx: JobContext<EventData<N>>) => Promise<unknown>,
): JobDefinition {
  const retries = opts.retries ?? 3;
  const h = handler as JobDefinition["handler"];
  const trigger = { event: opts.event };
  return { id: opts.id, trigger, retries, handler: h, fn: toInngest(opts.id, trigger, retries, h) };
}

export function defineCron(
  opts: { id: string; cron: string; retries?: RetryCount },
  handler: (ctx: JobContext<Record<string, unknown>>) => Promise<unknown>,
): JobDefinition {
  const retries = opts.retries ?? 2;
  const trigger = { cron: opts.cron };
  return { id: opts.id, trigger, retries, handler, fn: toInngest(opts.id, trigger, retries, handler) };
}
