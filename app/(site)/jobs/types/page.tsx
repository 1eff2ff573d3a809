import type { Metadata } from "next";
import { SlugList } from "@/components/jobs/slug-list";
import { loadJobMenus } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Job types" };

export default async function JobTypesPage() {
  const { types } = await loadJobMenus();
  return <SlugList title="Job types" items={types.map((t) => [t.name, `/jobs/type/${t.slug}/`])} />;
}
