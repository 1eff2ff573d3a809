/** Cache tag of the news entries (apps/blogs) shown on the home page and /blogs/. */
export const blogsTags = { blogs: "blogs" } as const;

export const BLOGS_PATH = "/blogs/";

/** templates/blogs/index.html: the latest entry, then five more. */
export const BLOG_HOME_OTHERS = 5;

/** AC-SSRF-1: a feed is at most 5 MB and answers within 10 s. */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 10_000;
