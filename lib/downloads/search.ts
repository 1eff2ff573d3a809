import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import type { SearchableRelease } from "./data";

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
