/**
 * Cache tags of CMS pages (apps/pages): every page, and one per path so publishing a page
 * purges that page alone.
 */
export const pagesTags = {
  pages: "pages",
  page: (path: string) => `page:${path}`,
} as const;
