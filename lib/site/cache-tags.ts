/**
 * Every domain's cache tags, one line per domain (a composition root). The CDN section test
 * (lib/site/cdn-sections.test.ts) checks that each section's surrogate keys name one of these,
 * so a domain's revalidateTag purges reach the pages that show its data.
 */
import { bannersTags } from "@/lib/banners/constants";
import { blogsTags } from "@/lib/blogs/constants";
import { boxesTags } from "@/lib/boxes/constants";
import { codeSamplesTags } from "@/lib/code-samples/constants";
import { companiesTags } from "@/lib/companies/constants";
import { communityTags } from "@/lib/community/constants";
import { downloadsTags } from "@/lib/downloads/constants";
import { eventsTags } from "@/lib/events/constants";
import { jobsTags } from "@/lib/jobs/constants";
import { flagsTags } from "@/lib/flags/constants";
import { membershipTags } from "@/lib/membership/constants";
import { minutesTags } from "@/lib/minutes/constants";
import { navigationTags } from "@/lib/navigation/constants";
import { nominationsTags } from "@/lib/nominations/constants";
import { pagesTags } from "@/lib/pages/constants";
import { searchTags } from "@/lib/platform/search/tags";
import { sponsorsTags } from "@/lib/sponsors/constants";
import { successStoriesTags } from "@/lib/success-stories/constants";

const domainTags = [
  bannersTags,
  blogsTags,
  boxesTags,
  codeSamplesTags,
  companiesTags,
  communityTags,
  downloadsTags,
  eventsTags,
  jobsTags,
  flagsTags,
  membershipTags,
  minutesTags,
  navigationTags,
  nominationsTags,
  pagesTags,
  // Site search (the engine is platform): /search/ pages and their results, purged as `search`.
  searchTags,
  sponsorsTags,
  successStoriesTags,
];

/** The fixed tag names (per-object tags such as `box:<label>` are functions and left out). */
export const allTags: readonly string[] = domainTags.flatMap((tags) =>
  Object.values(tags).filter((tag): tag is string => typeof tag === "string"),
);
