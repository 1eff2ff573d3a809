import type { MetadataRoute } from "next";

/**
 * templates/robots.txt: site-copying and Nutch crawlers are turned away; everyone else (Krugle
 * explicitly) may crawl all but the old personal and statistics folders.
 */
export default function robots(): MetadataRoute.Robots {
  const hidden = ["/~guido/orlijn/", "/webstats/"];
  return {
    rules: [
      { userAgent: ["HTTrack", "puf", "MSIECrawler"], disallow: "/" },
      { userAgent: "Krugle", allow: "/", disallow: hidden },
      { userAgent: "Nutch", disallow: "/" },
      { userAgent: "*", disallow: hidden },
    ],
  };
}
