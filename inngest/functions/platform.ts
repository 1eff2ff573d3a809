// In-process mode only (no Inngest): runs a stopped process left queued or running are resumed.
import { defineCron } from "@/inngest/define";
import { resumeStaleRuns } from "@/inngest/client";

export const resumeStaleRunsJob = defineCron(
  { id: "platform-resume-stale-runs", cron: "*/10 * * * *" },
  async ({ step }) => step.run("resume", () => resumeStaleRuns()),
);

/** The platform's functions, listed by inngest/index.ts. */
export const platformFunctions = [resumeStaleRunsJob];
