/** Cache tag of the home page's code samples (apps/codesamples). */
export const codeSamplesTags = { codeSamples: "code-samples" } as const;

/** The home page shows the first five published samples (pydotorg/views.py IndexView). */
export const HOME_SAMPLE_COUNT = 5;

/**
 * The markup a sample's code may be written in. python.org stores Pygments HTML; here "plain"
 * code is a Python console session that we highlight on write (django-markupfield's plain
 * renderer would turn it into paragraphs, which no code sample wants).
 */
export const CODE_MARKUP_TYPES = ["plain", "html", "markdown", "restructuredtext"] as const;
export const COPY_MARKUP_TYPES = ["html", "markdown", "restructuredtext", "plain"] as const;

export const CODE_MARKUP_LABELS: Record<(typeof CODE_MARKUP_TYPES)[number], string> = {
  plain: "Python console session (highlighted)",
  html: "HTML",
  markdown: "Markdown",
  restructuredtext: "reStructuredText",
};
export const COPY_MARKUP_LABELS: Record<(typeof COPY_MARKUP_TYPES)[number], string> = {
  html: "HTML",
  markdown: "Markdown",
  restructuredtext: "reStructuredText",
  plain: "Plain text",
};
