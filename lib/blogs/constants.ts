/** Cache tag of the news entries (apps/blogs) shown on the home page and /blogs/. */
export const blogsTags = { blogs: "blogs" } as const;

export const BLOGS_PATH = "/blogs/";

/** templates/blogs/index.html: the latest entry, then five more. */
export const BLOG_HOME_OTHERS = 5;
