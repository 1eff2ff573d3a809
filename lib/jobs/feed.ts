import { cacheLife, cacheTag } from "next/cache";
import { rssXml } from "@/lib/platform/rss";
import { JOBS_FEED_PATH, JOBS_FEED_SIZE, JOBS_PATH, jobsTags } from "./constants";
import { listFeedJobs } from "./data";
import { jobDisplayLocation, jobDisplayName } from "./utils";

type FeedJob = Awaited<ReturnType<typeof listFeedJobs>>[number];

/**
 * apps/jobs/feeds.py JobFeed: "Python.org Jobs Feed", the 20 most recent approved jobs, each
 * titled with its display name and described by its location, description and requirements.
 */
export function jobsFeedXml(jobs: FeedJob[], siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  return rssXml({
    title: "Python.org Jobs Feed",
    link: `${base}${JOBS_PATH}`,
    description: "Python.org Jobs Feed",
    selfLink: `${base}${JOBS_FEED_PATH}`,
    lastBuildDate: jobs[0]?.created,
    items: jobs.map((j) => ({
      title: jobDisplayName(j),
      link: `${base}/jobs/${j.id}/`,
      description: `<p>${jobDisplayLocation(j)}</p>${j.descriptionRendered}${j.requirementsRendered}`,
      pubDate: j.created,
    })),
  });
}

/** The feed, cached under the jobs tag: every status change refreshes it with the pages. */
export async function renderJobsFeed(siteUrl: string): Promise<string> {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  return jobsFeedXml(await listFeedJobs(JOBS_FEED_SIZE), siteUrl);
}
