import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchableStory, listSearchableStories, type SearchableStory } from "./data";

export function toSearchDocument(s: SearchableStory): SearchDocumentInput {
  return {
    type: "story",
    objectId: String(s.id),
    title: s.name,
    body: [s.companyName, s.author, s.pullQuote, htmlToText(s.contentRendered)].filter(Boolean).join(" "),
    url: `/success-stories/${s.slug}/`,
    date: s.created,
  };
}

/** The search source of published success stories (lib/site/search/sources.ts lists one per domain). */
export const successStoriesSearchSource = {
  type: "story",
  label: "Success stories",
  list: listSearchableStories,
  get: getSearchableStory,
  toSearchDocument,
};
