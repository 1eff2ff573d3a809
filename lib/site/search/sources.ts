/**
 * What is searchable, per content type: how to list every visible object, fetch one (null when
 * it is missing, unpublished or hidden), and turn it into a document. The domain data functions
 * return published, visible rows only, so nothing else can ever be indexed.
 */
import "server-only";
import { getSearchableEntry, listSearchableEntries } from "@/lib/blogs/data";
import { toSearchDocument as entryDoc } from "@/lib/blogs/search";
import { getSearchableRelease, listSearchableReleases } from "@/lib/downloads/data";
import { toSearchDocument as releaseDoc } from "@/lib/downloads/search";
import { getSearchableEvent, listSearchableEvents } from "@/lib/events/data";
import { toSearchDocument as eventDoc } from "@/lib/events/search";
import { getSearchableJob, listSearchableJobs } from "@/lib/jobs/data";
import { toSearchDocument as jobDoc } from "@/lib/jobs/search";
import { getSearchablePage, listSearchablePages } from "@/lib/pages/data";
import { toSearchDocument as pageDoc } from "@/lib/pages/search";
import { getSearchableStory, listSearchableStories } from "@/lib/success-stories/data";
import { toSearchDocument as storyDoc } from "@/lib/success-stories/search";
import type { SearchDocumentInput } from "@/lib/platform/search/types";

/** One content type, as the domain defines it. */
type SourceDefinition<Row> = {
  label: string;
  list: () => Promise<Row[]>;
  get: (id: number) => Promise<Row | null>;
  toSearchDocument: (row: Row) => SearchDocumentInput;
};

/** The same, with the row type erased so every type fits one registry. */
export type SearchSource = {
  label: string;
  list: () => Promise<SearchDocumentInput[]>;
  get: (objectId: string) => Promise<SearchDocumentInput | null>;
};

function defineSource<Row>(def: SourceDefinition<Row>): SearchSource {
  return {
    label: def.label,
    list: async () => (await def.list()).map((row) => def.toSearchDocument(row)),
    async get(objectId) {
      // Every searchable table has int4 ids; anything else cannot exist.
      const id = /^[1-9]\d{0,9}$/.test(objectId) ? Number(objectId) : 0;
      if (id < 1 || id > 2_147_483_647) return null;
      const row = await def.get(id);
      return row ? def.toSearchDocument(row) : null;
    },
  };
}

export const searchSources: Record<string, SearchSource> = {
  page: defineSource({
    label: "Pages",
    list: listSearchablePages,
    get: getSearchablePage,
    toSearchDocument: pageDoc,
  }),
  release: defineSource({
    label: "Releases",
    list: listSearchableReleases,
    get: getSearchableRelease,
    toSearchDocument: releaseDoc,
  }),
  news: defineSource({
    label: "News",
    list: listSearchableEntries,
    get: getSearchableEntry,
    toSearchDocument: entryDoc,
  }),
  event: defineSource({
    label: "Events",
    list: listSearchableEvents,
    get: getSearchableEvent,
    toSearchDocument: (row) => eventDoc(row),
  }),
  job: defineSource({
    label: "Jobs",
    list: () => listSearchableJobs(),
    get: (id) => getSearchableJob(id),
    toSearchDocument: jobDoc,
  }),
  story: defineSource({
    label: "Success stories",
    list: listSearchableStories,
    get: getSearchableStory,
    toSearchDocument: storyDoc,
  }),
};
