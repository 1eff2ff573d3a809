/** Rows stored as HTML, rendered as the site renders them (apps/*: the markupfield columns). */
import { renderMarkup } from "@/lib/platform/markup";

export const html = (source: string) => ({
  contentMarkupType: "html" as const,
  content: source,
  contentRendered: renderMarkup(source, "html"),
});
