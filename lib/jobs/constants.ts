/** Cache tags of the job board (apps/jobs): every list, detail page and the feed read `jobs`. */
export const jobsTags = { jobs: "jobs" } as const;

export const JOBS_PATH = "/jobs/";
export const JOBS_FEED_PATH = "/jobs/feed/rss/";

export const JOB_STATUSES = ["draft", "review", "approved", "rejected", "archived", "removed", "expired"] as const;
export type JobStatusName = (typeof JOB_STATUSES)[number];

export const JOB_STATUS_LABELS: Record<JobStatusName, string> = {
  draft: "draft",
  review: "review",
  approved: "approved",
  rejected: "rejected",
  archived: "archived",
  removed: "removed",
  expired: "expired",
};

/** apps/jobs/models.py JOB_THRESHOLD_DAYS: approval without an expiry sets now + 90 days. */
export const JOB_THRESHOLD_DAYS = 90;
/** JobQuerySet.review(): only jobs submitted in the last 120 days wait in the queue. */
export const REVIEW_WINDOW_DAYS = 120;
/** Job.is_new: created within 30 days. */
export const NEW_JOB_DAYS = 30;
/** Expired jobs are archived after this many days (our clean-up; python.org kept them forever). */
export const ARCHIVE_AFTER_DAYS = 365;
/** Drafts untouched for this long are deleted (never submitted, never seen by anyone else). */
export const ABANDONED_DRAFT_DAYS = 30;

export const JOBS_PER_PAGE = 25;
export const REVIEW_PER_PAGE = 20;
/** apps/jobs/feeds.py JobFeed: the 20 most recent approved jobs. */
export const JOBS_FEED_SIZE = 20;
/** JobDetail: five other jobs of the same category. */
export const SAME_CATEGORY_COUNT = 5;

/** pydotorg settings JOB_FROM_EMAIL, and the list every job-board mail copies (pythondotorg#667). */
export const JOBS_EMAIL = "jobs@python.org";
export const JOBS_FROM = `Python Job Board <${JOBS_EMAIL}>`;
/** jobs_monthly_report's recipients and its day of the month. */
export const MONTHLY_REPORT_TO = [JOBS_EMAIL, "olivia@python.org", "jaime@python.org"];
export const MONTHLY_REPORT_DAY = 27;

export const JOB_MARKUP_TYPES = ["restructuredtext", "markdown", "html", "plain"] as const;
export const JOB_MARKUP_LABELS: Record<(typeof JOB_MARKUP_TYPES)[number], string> = {
  restructuredtext: "reStructuredText",
  markdown: "Markdown",
  html: "HTML",
  plain: "Plain text",
};

/** The moderation actions of /jobs/review/ and /jobs/moderate/ (JobReview.post). */
export const MODERATION_ACTIONS = ["approve", "reject", "remove", "archive"] as const;
export type ModerationActionName = (typeof MODERATION_ACTIONS)[number];
