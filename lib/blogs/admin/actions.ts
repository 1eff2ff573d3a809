"use server";

import { emit } from "@/inngest/client";
import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { addFeed, deleteFeed } from "@/lib/blogs/mutations";
import { blogsSection } from "./constants";
import { feedFormSchema, feedRefSchema, syncSchema } from "./schema";

/** Every blogs-admin action authorizes here, whatever the page showed. */
const gate = adminGate(blogsSection.allowed);
const denied = "You may not edit blog feeds.";

export const addFeedAction = defineAction({
  name: "admin.blogs.feed",
  gate,
  denied,
  schema: feedFormSchema,
  handler: ({ input }) => addFeed(input),
  audit: (_ctx, row) => ({ action: "feed.created", targetType: "feed", targetId: row.id }),
  revalidate: () => ["/admin/blogs/"],
  done: (): FormState => ({ done: "Feed added; it is read on the next sync." }),
});

/** "Sync new blog entries": the import runs in the background and is listed in the runs screen. */
export const syncFeedsAction = defineAction({
  name: "admin.blogs.sync",
  gate,
  denied,
  schema: syncSchema,
  handler: async ({ principal }) => {
    await emit("blogs/sync.requested", { requestedBy: principal.username });
  },
  audit: () => ({ action: "feeds.sync-requested", targetType: "feed" }),
  revalidate: () => ["/admin/blogs/"],
  done: (): FormState => ({ done: "Sync started: reload this page in a moment to see the results." }),
});

export const deleteFeedAction = asFormAction(
  defineAction({
    name: "admin.blogs.feed.delete",
    gate,
    schema: feedRefSchema,
    handler: ({ input }) => deleteFeed(input.id),
    audit: ({ input }) => ({ action: "feed.deleted", targetType: "feed", targetId: input.id }),
    revalidate: () => ["/admin/blogs/"],
  }),
);
