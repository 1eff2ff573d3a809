// Downloads: signature checks when a release is published or staff ask again (lib/downloads/signatures),
// download counts, and the support status of each series (lib/downloads/cycle).
import { defineCron, defineJob, type JobStep } from "@/inngest/define";
import { refreshReleaseCycle } from "@/lib/downloads/cycle/mutations";
import { aggregateDownloadCounts } from "@/lib/downloads/stats/mutations";
import { listSignedFiles, verifyReleaseFileSignature } from "@/lib/downloads/signatures/mutations";

/**
 * One step per signed file, so a retry re-checks only the files that failed (a fetch error);
 * a file already verified since its last change is skipped, so re-publishing is cheap.
 */
async function verifyRelease(releaseId: number, step: JobStep) {
  const fileIds = await step.run("list-files", () => listSignedFiles(releaseId));
  const results = [];
  for (const id of fileIds)
    results.push(await step.run(`verify-${id}`, () => verifyReleaseFileSignature(id)));
  return results;
}

export const verifyReleaseSignaturesJob = defineJob(
  { id: "downloads-verify-signatures", event: "downloads/release.published", retries: 3 },
  async ({ event, step }) => verifyRelease(event.data.releaseId, step),
);

export const recheckReleaseSignaturesJob = defineJob(
  { id: "downloads-recheck-signatures", event: "downloads/signatures.requested", retries: 3 },
  async ({ event, step }) => verifyRelease(event.data.releaseId, step),
);

/** Copies today's and yesterday's download counts from Redis into the daily table (idempotent). */
export const aggregateDownloadCountsJob = defineCron(
  { id: "downloads-aggregate-counts", cron: "*/15 * * * *" },
  async ({ step }) => step.run("aggregate", () => aggregateDownloadCounts(2)),
);

/** Reads the PEPs site's release-cycle feed (the pages' support status and end-of-life notices). */
export const refreshReleaseCycleJob = defineCron(
  { id: "downloads-refresh-release-cycle", cron: "23 * * * *" },
  async ({ step }) => step.run("refresh", () => refreshReleaseCycle()),
);

/** The downloads functions, listed by inngest/index.ts. */
export const downloadsFunctions = [
  verifyReleaseSignaturesJob,
  recheckReleaseSignaturesJob,
  aggregateDownloadCountsJob,
  refreshReleaseCycleJob,
];
