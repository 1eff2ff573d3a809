import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchableJob, listSearchableJobs, type SearchableJob } from "./data";

export function toSearchDocument(j: SearchableJob): SearchDocumentInput {
  const location = [j.city, j.region, j.country].filter(Boolean).join(", ");
  return {
    type: "job",
    objectId: String(j.id),
    title: j.companyName ? `${j.jobTitle}, ${j.companyName}` : j.jobTitle,
    body: [
      location,
      j.telecommuting ? "Remote work possible." : "",
      htmlToText(j.descriptionRendered),
      htmlToText(j.requirementsRendered),
    ]
      .filter(Boolean)
      .join(" "),
    url: `/jobs/${j.id}/`,
    // apps/jobs/search_indexes.py: visible jobs 1.1.
    boost: 1.1,
    date: j.created,
  };
}

/**
 * The search source of visible jobs (lib/site/search/sources.ts lists one per domain). The
 * wrappers let each call take its own `now`, so the visibility window is never the import time's.
 */
export const jobsSearchSource = {
  type: "job",
  label: "Jobs",
  list: () => listSearchableJobs(),
  get: (id: number) => getSearchableJob(id),
  toSearchDocument,
};
