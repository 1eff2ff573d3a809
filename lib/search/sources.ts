/**
 * What is searchable, per content type: how to list every visible object, fetch one (null when
 * it is missing, unpublished or hidden), and turn it into a document. Only published, visible
 * content is ever returned, so only that is ever indexed.
 */
import "server-only";
import { getSearchableEntry, listSearchableEntries } from "@/lib/blogs/data";
import { toSearchDocument as entryDoc } from "@/lib/blogs/search";
import { getSearchableRelease, listSearchableReleases } from "@/lib/downloads/data";
import { toSearchDocument as releaseDoc } from "@/lib/downloads/search";
import { getSearchablePage, listSearchablePages } from "@/lib/pages/data";
import { toSearchDocument as pageDoc } from "@/lib/pages/search";
import type { SearchDocumentInput } from "./types";

export type SearchSource = {
  label: string;
  list: () => Promise<SearchDocumentInput[]>;
  get: (objectId: string) => Promise<SearchDocumentInput | null>;
};

const byId = <T>(get: (id: number) => Promise<T | null>, toDoc: (row: T) => SearchDocumentInput) => {
  return async (objectId: string) => {
    const id = Number(objectId);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await get(id);
    return row ? toDoc(row) : null;
  };
};

export const searchSources: Record<string, SearchSource> = {
  page: {
    label: "Pages",
    list: async () => (await listSearchablePages()).map(pageDoc),
    get: byId(getSearchablePage, pageDoc),
  },
  release: {
    label: "Releases",
    list: async () => (await listSearchableReleases()).map(releaseDoc),
    get: byId(getSearchableRelease, releaseDoc),
  },
  news: {
    label: "News",
    list: async () => (await listSearchableEntries()).map(entryDoc),
    get: byId(getSearchableEntry, entryDoc),
  },
};
