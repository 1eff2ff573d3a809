import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchablePage, listSearchablePages, type SearchablePage } from "./data";

export function toSearchDocument(p: SearchablePage): SearchDocumentInput {
  const path = `/${p.path.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return {
    type: "page",
    objectId: String(p.id),
    title: p.title,
    body: [p.description, p.keywords, htmlToText(p.contentRendered)].filter(Boolean).join(" "),
    url: path,
    date: p.updated,
  };
}

/** The search source of published CMS pages (lib/site/search/sources.ts lists one per domain). */
export const pagesSearchSource = {
  type: "page",
  label: "Pages",
  list: listSearchablePages,
  get: getSearchablePage,
  toSearchDocument,
};
