import type { Metadata } from "next";
import { SlugList } from "@/components/jobs/slug-list";
import { loadJobMenus } from "@/lib/jobs/loaders";
import { jobDisplayLocation } from "@/lib/jobs/utils";

export const metadata: Metadata = { title: "Job locations" };

export default async function JobLocationsPage() {
  const { locations } = await loadJobMenus();
  return (
    <SlugList
      title="Job locations"
      items={[
        ["Remote work possible", "/jobs/location/telecommute/"],
        ...locations.map((l) => [jobDisplayLocation(l), `/jobs/location/${l.locationSlug}/`] as [string, string]),
      ]}
    />
  );
}
