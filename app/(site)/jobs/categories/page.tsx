import type { Metadata } from "next";
import { SlugList } from "@/components/jobs/slug-list";
import { loadJobMenus } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Job categories" };

export default async function JobCategoriesPage() {
  const { categories } = await loadJobMenus();
  return <SlugList title="Job categories" items={categories.map((c) => [c.name, `/jobs/category/${c.slug}/`])} />;
}
