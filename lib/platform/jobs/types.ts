/** What a background function is, independent of the engine that runs it (Inngest or lib/platform/jobs/runner.ts). */
import type { InngestFunction } from "inngest";

export type JobLogger = {
  info: (...args: unknown[]) => void;
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
};

export type JobStep = {
  /** A retried run reuses the results of steps that already succeeded (memoized by id). */
  run: <T>(id: string, fn: () => Promise<T> | T) => Promise<T>;
};

export type JobContext<D> = {
  event: { name: string; data: D; id?: string };
  step: JobStep;
  logger: JobLogger;
  attempt: number;
};

export type JobTrigger = { event: string } | { cron: string };

export type JobDefinition = {
  id: string;
  trigger: JobTrigger;
  /** Retries after the first attempt (Inngest's meaning). */
  retries: number;
  handler: (ctx: JobContext<Record<string, unknown>>) => Promise<unknown>;
  fn: InngestFunction.Any;
};
