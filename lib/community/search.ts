import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { postPath } from "./constants";
import { getSearchablePost, listSearchablePosts, type SearchablePost } from "./data";

export function toSearchDocument(p: SearchablePost): SearchDocumentInput {
  const body = htmlToText(p.contentRendered);
  return {
    type: "community",
    objectId: String(p.id),
    title: p.title || body.slice(0, 80) || `Community post ${p.id}`,
    body: [p.abstract ?? "", body].filter(Boolean).join(" "),
    url: postPath(p.id),
    date: p.created,
  };
}

/** The search source of public community posts (lib/site/search/sources.ts lists one per domain). */
export const communitySearchSource = {
  type: "community",
  label: "Community",
  list: listSearchablePosts,
  get: getSearchablePost,
  toSearchDocument,
};
