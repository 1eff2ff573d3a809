/** Cache tag of the news entries (apps/blogs) shown on the home page and /blogs/. */
export const blogsTags = { blogs: "blogs" } as const;
