/**
 * The job board's mails (apps/jobs/listeners.py and templates/jobs/email/*), in our words: who
 * gets each, its subject (python.org's, which moderators filter on) and its text.
 */
import { JOBS_EMAIL, JOBS_FROM } from "@/lib/jobs/constants";
import { jobDisplayName } from "@/lib/jobs/utils";

export type MailJob = {
  id: number;
  jobTitle: string;
  companyName: string | null;
  contact: string | null;
  email: string;
};

type Mail = { from: string; to: string[]; subject: string; text: string };

const link = (siteUrl: string, path: string) => `${siteUrl.replace(/\/$/, "")}${path}`;
const greeting = (job: MailJob) => `Dear ${job.contact?.trim() || "job poster"},`;
const SIGN_OFF = "\n\nThe Python Job Board team\n";

/** job_was_submitted → jobs@python.org: "Job Submitted for Approval: <display_name>". */
export function submittedMail(job: MailJob, siteUrl: string): Mail {
  return {
    from: JOBS_FROM,
    to: [JOBS_EMAIL],
    subject: `Job Submitted for Approval: ${jobDisplayName(job)}`,
    text:
      `Dear Python Job Board Admin,\n\n${jobDisplayName(job)} has been submitted for review.\n\n` +
      `Review it: ${link(siteUrl, `/jobs/${job.id}/`)}\nThe review queue: ${link(siteUrl, "/jobs/review/")}` +
      SIGN_OFF,
  };
}

/** job_was_approved → the job's address and jobs@ (the body's "30 days" is python.org's wording). */
export function approvedMail(job: MailJob, siteUrl: string, expires: Date | null): Mail {
  const until = expires ? ` It stays listed until ${expires.toISOString().slice(0, 10)}.` : "";
  return {
    from: JOBS_FROM,
    to: [job.email, JOBS_EMAIL],
    subject: "Python Job Board: Job entry approved",
    text:
      `${greeting(job)}\n\nYour job posting "${jobDisplayName(job)}" was approved and is now active on ` +
      `the Python Job Board for 30 days.${until}\n\n${link(siteUrl, `/jobs/${job.id}/`)}` +
      SIGN_OFF,
  };
}

/** job_was_rejected → the job's address and jobs@. */
export function rejectedMail(job: MailJob, siteUrl: string): Mail {
  return {
    from: JOBS_FROM,
    to: [job.email, JOBS_EMAIL],
    subject: "Python Job Board: Job entry could not be accepted",
    text:
      `${greeting(job)}\n\nWe could not accept your job posting "${jobDisplayName(job)}" as it stands. ` +
      `The review comments on the posting say why; you can edit it and submit it again:\n\n` +
      `${link(siteUrl, `/jobs/${job.id}/`)}` +
      SIGN_OFF,
  };
}

/**
 * comment_was_posted: a moderator's comment goes to jobs@ and the job's address ("There is a new
 * review comment available for your job posting."), the owner's to jobs@ only.
 */
export function commentMail(job: MailJob, siteUrl: string, comment: string, byAdmin: boolean): Mail {
  const url = link(siteUrl, `/jobs/${job.id}/`);
  return {
    from: JOBS_FROM,
    to: byAdmin ? [JOBS_EMAIL, job.email] : [JOBS_EMAIL],
    subject: `Python Job Board: Review comment for: ${jobDisplayName(job)}`,
    text: byAdmin
      ? `${greeting(job)}\n\nThere is a new review comment available for your job posting.\n\n${comment}\n\n` +
        `Read it and answer on the posting's page: ${url}${SIGN_OFF}`
      : `Dear Python Job Board Admin,\n\nThe poster of "${jobDisplayName(job)}" left a review comment:\n\n` +
        `${comment}\n\n${url}${SIGN_OFF}`,
  };
}

export type MonthlyCounts = Record<string, number>;

/** jobs_monthly_report: jobs created this month and last month, by status. */
export function monthlyReportMail(
  to: string[],
  month: string,
  current: MonthlyCounts,
  previousMonth: string,
  previous: MonthlyCounts,
): Mail {
  const lines = (counts: MonthlyCounts) =>
    Object.entries(counts)
      .map(([status, n]) => `  ${status}: ${n}`)
      .join("\n") || "  (no jobs)";
  return {
    from: JOBS_FROM,
    to,
    subject: `Python Job Board: monthly report for ${month}`,
    text:
      `Jobs posted in ${month}, by status:\n${lines(current)}\n\n` +
      `Jobs posted in ${previousMonth}, by status:\n${lines(previous)}\n` +
      SIGN_OFF,
  };
}
