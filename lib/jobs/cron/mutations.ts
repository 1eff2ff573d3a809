/**
 * The job board's scheduled work (apps/jobs/management/commands, §4.2), each safe to run twice:
 * every step is one conditional UPDATE or DELETE on the current status, so a second run finds
 * nothing left to change.
 */
import "server-only";
import { afterJobChange } from "@/lib/jobs/mutations";
import {
  ABANDONED_DRAFT_DAYS,
  ARCHIVE_AFTER_DAYS,
  JOB_STATUSES,
  MONTHLY_REPORT_DAY,
  MONTHLY_REPORT_TO,
} from "@/lib/jobs/constants";
import { monthlyReportMail, type MonthlyCounts } from "@/lib/jobs/mail/utils";
import { db } from "@/lib/platform/db";
import { sendMail } from "@/lib/platform/mail";

const DAY = 86_400_000;

async function moveAll(where: { status: "approved" | "expired"; expires: { lt: Date } }, to: "expired" | "archived") {
  const ids = (await db.job.findMany({ where, select: { id: true } })).map((j) => j.id);
  if (!ids.length) return [];
  // The status is checked again in the UPDATE, so a job a moderator moved meanwhile stays put.
  await db.job.updateMany({ where: { id: { in: ids }, status: where.status }, data: { status: to } });
  await afterJobChange(ids);
  return ids;
}

/**
 * expire_jobs: approved jobs whose expiry has passed become expired. python.org waited another
 * 90 days (visible() already hid them, but the feed and the search index kept them); here they
 * leave the list, the feed and search together.
 */
export const expireJobs = (now = new Date()) => moveAll({ status: "approved", expires: { lt: now } }, "expired");

/** Jobs expired for a year are archived (they leave the moderators' working list). */
export const archiveExpiredJobs = (now = new Date()) =>
  moveAll({ status: "expired", expires: { lt: new Date(now.getTime() - ARCHIVE_AFTER_DAYS * DAY) } }, "archived");

/** Drafts nobody touched for 30 days are deleted: never submitted, never seen by anyone else. */
export async function deleteAbandonedDrafts(now = new Date()) {
  const { count } = await db.job.deleteMany({
    where: { status: "draft", updated: { lt: new Date(now.getTime() - ABANDONED_DRAFT_DAYS * DAY) } },
  });
  return count;
}

const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1));
const monthName = (d: Date) => d.toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

async function countsBetween(from: Date, to: Date): Promise<MonthlyCounts> {
  const rows = await db.job.groupBy({
    by: ["status"],
    where: { created: { gte: from, lt: to } },
    _count: { _all: true },
  });
  const counts: MonthlyCounts = {};
  for (const status of JOB_STATUSES) {
    const n = rows.find((r) => r.status === status)?._count._all ?? 0;
    if (n) counts[status] = n;
  }
  return counts;
}

/**
 * jobs_monthly_report: runs every day and does its work only on the 27th (its own gate, as
 * python.org's command): jobs created this month and last month, by status, to the board's team.
 */
export async function sendMonthlyJobsReport(now = new Date()) {
  if (now.getUTCDate() !== MONTHLY_REPORT_DAY) return { sent: false as const };
  const [y, m] = [now.getUTCFullYear(), now.getUTCMonth()];
  const [previous, current, next] = [monthStart(y, m - 1), monthStart(y, m), monthStart(y, m + 1)];
  const message = monthlyReportMail(
    MONTHLY_REPORT_TO,
    monthName(current),
    await countsBetween(current, next),
    monthName(previous),
    await countsBetween(previous, current),
  );
  await sendMail(message);
  return { sent: true as const, subject: message.subject };
}
