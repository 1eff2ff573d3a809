/**
 * Cache tags, one family per domain. Mutations revalidate these with revalidateTag(tag, "max")
 * (or updateTag in server actions); the platform issue adds CDN Surrogate-Key purges with the
 * same names.
 */
export const tags = {
  boxes: "boxes",
  box: (label: string) => `box:${label}`,
  navigation: "navigation",
  releases: "releases",
  blogs: "blogs",
  events: "events",
  successStories: "success-stories",
  sponsors: "sponsors",
  codeSamples: "code-samples",
  banners: "banners",
  pages: "pages",
} as const;
