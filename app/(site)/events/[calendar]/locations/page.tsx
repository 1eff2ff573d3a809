import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaxonomyList } from "@/components/events/taxonomy-list";
import { loadTaxonomy } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

type Props = { params: Promise<{ calendar: string }>; searchParams: Promise<{ page?: string | string[] }> };

export const metadata: Metadata = { title: "Event locations" };

// GET /events/<cal>/locations/ — EventLocationList (30 a page).
export default async function LocationsPage({ params, searchParams }: Props) {
  const { calendar } = await params;
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const data = await loadTaxonomy(calendar, "locations", page);
  return (
    <TaxonomyList
      title="Event locations"
      calendar={data.calendar}
      items={data.items}
      hrefOf={(c) => `/events/${calendar}/locations/${c.id}/`}
      page={page}
      pages={Math.ceil(data.total / 30)}
      basePath={`/events/${calendar}/locations/`}
    />
  );
}
