/** Every background function: served at /api/inngest and run in-process by lib/platform/jobs/runner.ts. */
import type { JobDefinition } from "./define";
import {
  aggregateDownloadCountsJob,
  recheckReleaseSignaturesJob,
  refreshReleaseCycleJob,
  verifyReleaseSignaturesJob,
} from "./functions/downloads";
import { retryFailedMailJob } from "./functions/mailing";
import { resumeStaleRunsJob } from "./functions/platform";
import { nightlyReindexJob, reindexSearchJob, syncSearchDocumentJob } from "./functions/search";

export const jobs: JobDefinition[] = [
  syncSearchDocumentJob,
  reindexSearchJob,
  nightlyReindexJob,
  retryFailedMailJob,
  resumeStaleRunsJob,
  verifyReleaseSignaturesJob,
  recheckReleaseSignaturesJob,
  aggregateDownloadCountsJob,
  refreshReleaseCycleJob,
];

export const functions = jobs.map((j) => j.fn);
