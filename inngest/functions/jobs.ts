/**
 * The job board's scheduled work (apps/jobs/management/commands, reference §4.2), as crons that
 * staff can also run by hand from /admin/runs/. Each is idempotent: its UPDATE or DELETE is
 * conditional on the status it changes, so a retry or a second run changes nothing more.
 */
import { defineCron } from "@/inngest/define";
import {
  archiveExpiredJobs,
  deleteAbandonedDrafts,
  expireJobs,
  sendMonthlyJobsReport,
} from "@/lib/jobs/cron/mutations";

/** expire_jobs, daily: approved jobs past their expiry leave the list, the feed and search. */
export const expireJobsCron = defineCron({ id: "jobs-expire", cron: "15 4 * * *" }, async ({ step }) =>
  step.run("expire", async () => ({ expired: await expireJobs() })),
);

/** jobs_monthly_report: asked daily, it reports only on the 27th (the command's own gate). */
export const jobsMonthlyReportCron = defineCron({ id: "jobs-monthly-report", cron: "0 9 * * *" }, async ({ step }) =>
  step.run("report", () => sendMonthlyJobsReport()),
);

/** Weekly clean-up: archive jobs expired for a year, delete drafts untouched for 30 days. */
export const jobsCleanupCron = defineCron({ id: "jobs-cleanup", cron: "30 4 * * 0" }, async ({ step }) => {
  const archived = await step.run("archive-expired", () => archiveExpiredJobs());
  const deleted = await step.run("delete-abandoned-drafts", () => deleteAbandonedDrafts());
  return { archived, deleted };
});

/** The jobs functions, listed by inngest/index.ts. */
export const jobsFunctions = [expireJobsCron, jobsMonthlyReportCron, jobsCleanupCron];
