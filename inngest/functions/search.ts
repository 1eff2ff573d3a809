// Search indexing (lib/platform/search, sources in lib/site/search): one document per published object, kept in line by events.
import { defineCron, defineJob } from "@/inngest/define";
import { reindexAll, syncSearchDocument } from "@/lib/site/search";

/** Idempotent: re-reads the object and upserts or removes its document. */
export const syncSearchDocumentJob = defineJob(
  { id: "search-sync-document", event: "search/document.changed", retries: 4 },
  async ({ event, step }) => step.run("sync", () => syncSearchDocument(event.data.type, event.data.objectId)),
);

export const reindexSearchJob = defineJob(
  { id: "search-reindex", event: "search/reindex.requested", retries: 1 },
  async ({ step }) => step.run("reindex", async () => (await reindexAll()).total),
);

/** Nightly rebuild: repairs any drift (a missed event, a manual database edit). */
export const nightlyReindexJob = defineCron(
  { id: "search-nightly-reindex", cron: "30 3 * * *" },
  async ({ step }) => step.run("reindex", async () => (await reindexAll()).total),
);

/** The search functions, listed by inngest/index.ts. */
export const searchFunctions = [syncSearchDocumentJob, reindexSearchJob, nightlyReindexJob];
