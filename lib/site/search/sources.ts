/**
 * What is searchable: one source per domain, each defined in its lib/<domain>/search.ts (how to
 * list every visible object, fetch one, null when it is missing, unpublished or hidden, and turn
 * it into a document). The domain data functions return published, visible rows only, so
 * nothing else can ever be indexed. A new searchable domain adds one line to `definitions`.
 */
import "server-only";
import { blogsSearchSource } from "@/lib/blogs/search";
import { communitySearchSource } from "@/lib/community/search";
import { downloadsSearchSource } from "@/lib/downloads/search";
import { eventsSearchSource } from "@/lib/events/search";
import { jobsSearchSource } from "@/lib/jobs/search";
import { pagesSearchSource } from "@/lib/pages/search";
import { successStoriesSearchSource } from "@/lib/success-stories/search";
import type { SearchDocumentInput } from "@/lib/platform/search/types";

/** One content type, as the domain defines it; `type` is the documents' type in the index. */
type SourceDefinition<Row> = {
  type: string;
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

function defineSource<Row>(def: SourceDefinition<Row>): [string, SearchSource] {
  const source: SearchSource = {
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
  return [def.type, source];
}

// Order is the reindex order and the order of the type filters on /search/.
const definitions = [
  defineSource(pagesSearchSource),
  defineSource(downloadsSearchSource),
  defineSource(blogsSearchSource),
  defineSource(eventsSearchSource),
  defineSource(jobsSearchSource),
  defineSource(successStoriesSearchSource),
  defineSource(communitySearchSource),
];

export const searchSources: Record<string, SearchSource> = Object.fromEntries(definitions);
