import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import type { SearchableJob } from "./data";

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
