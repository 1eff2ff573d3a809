import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import {
  getSearchableRelease,
  listSearchableReleases,
  type SearchableRelease,
} from "@/lib/downloads/release/data";

export function toSearchDocument(r: SearchableRelease): SearchDocumentInput {
  return {
    type: "release",
    objectId: String(r.id),
    title: r.name,
    body: htmlToText(r.contentRendered),
    url: `/downloads/release/${r.slug}/`,
    // Final releases rank above pre-releases of the same words.
    boost: r.preRelease ? 0.8 : 1.2,
    date: r.releaseDate,
  };
}

/** The search source of published releases (lib/site/search/sources.ts lists one per domain). */
export const downloadsSearchSource = {
  type: "release",
  label: "Releases",
  list: listSearchableReleases,
  get: getSearchableRelease,
  toSearchDocument,
};
