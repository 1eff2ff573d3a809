import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchableEntry, listSearchableEntries, type SearchableEntry } from "./data";

export function toSearchDocument(e: SearchableEntry): SearchDocumentInput {
  return {
    type: "news",
    objectId: String(e.id),
    title: e.title,
    body: htmlToText(e.summary),
    url: e.url,
    date: e.pubDate,
  };
}

/** The search source of news entries (lib/site/search/sources.ts lists one per domain). */
export const blogsSearchSource = {
  type: "news",
  label: "News",
  list: listSearchableEntries,
  get: getSearchableEntry,
  toSearchDocument,
};
