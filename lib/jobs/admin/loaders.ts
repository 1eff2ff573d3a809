import "server-only";
import { requireAdmin } from "@/lib/admin/loaders";
import { parseListParams } from "@/lib/admin/utils";
import { pageNumber } from "@/lib/jobs/loaders";
import { JOBS_LIST_SPEC, jobsSection } from "./constants";
import { listAdminJobs, listModerationJobs, listReviewQueue } from "./data";

/** JobReview: job-board admins or staff (others 403, visitors sign in), per request. */
export async function loadReviewQueue(rawPage: string | undefined) {
  await requireAdmin("/jobs/review/", jobsSection);
  return listReviewQueue(pageNumber(rawPage));
}

/** JobModerateList with its `?q=` (job title contains). */
export async function loadModerationList(rawQ: string | undefined, rawPage: string | undefined, returnTo = "/jobs/moderate/") {
  await requireAdmin(returnTo, jobsSection);
  const q = (rawQ ?? "").trim().slice(0, 100);
  return { q, page: await listModerationJobs(q, pageNumber(rawPage)) };
}

/** /admin/jobs/: every job, for job-board admins and staff. */
export async function loadAdminJobsList(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/jobs/", jobsSection);
  const params = parseListParams(raw, JOBS_LIST_SPEC);
  return { params, ...(await listAdminJobs(params)) };
}
