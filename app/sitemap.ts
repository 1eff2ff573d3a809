import type { MetadataRoute } from "next";
import { env } from "@/lib/platform/env";
import { listSitemapEntries } from "@/lib/site/sitemap/data";

// Rebuilt at most hourly: search engines read it rarely, and every listed page has its own cache.
export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env.SITE_URL.replace(/\/$/, "");
  return (await listSitemapEntries()).map((e) => ({
    url: origin + e.path,
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
  }));
}
