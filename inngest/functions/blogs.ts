// Blogs: update_blogs as a cron (python.org ran it from cron; every 15 minutes, ecosystem.md) and
// on demand from the admin's "Sync new blog entries". Each feed is recorded on its own row, so a
// broken one never fails the run.
import { defineCron, defineJob } from "@/inngest/define";
import { syncAllFeeds } from "@/lib/blogs/mutations";

export const updateBlogsCron = defineCron(
  { id: "blogs-update-blogs", cron: "*/15 * * * *" },
  async ({ step }) => step.run("sync", () => syncAllFeeds()),
);

export const syncBlogsRequestedJob = defineJob(
  { id: "blogs-sync-requested", event: "blogs/sync.requested", retries: 1 },
  async ({ step }) => step.run("sync", () => syncAllFeeds()),
);

/** The blogs functions, listed by inngest/index.ts. */
export const blogsFunctions = [updateBlogsCron, syncBlogsRequestedJob];
