/** Cache tag of the PSF board minutes pages and feed (apps/minutes). */
export const minutesTags = { minutes: "minutes" } as const;

export const MINUTES_PATH = "/psf/records/board/minutes/";

/** apps/minutes/feeds.py MinutesFeed: the 20 latest published minutes. */
export const FEED_SIZE = 20;

export const MINUTES_MARKUP_TYPES = ["restructuredtext", "markdown", "html", "plain"] as const;
export const MINUTES_MARKUP_LABELS: Record<(typeof MINUTES_MARKUP_TYPES)[number], string> = {
  restructuredtext: "reStructuredText",
  markdown: "Markdown",
  html: "HTML",
  plain: "Plain text",
};
