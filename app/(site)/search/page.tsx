import type { Metadata } from "next";
import { SearchView } from "@/components/search/search-view";
import { loadSearch } from "@/lib/site/search/loaders";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

// Reading searchParams renders this page on every request. It answers only what next.config.mjs
// does not rewrite to the cached route (_q/[q]/[type]/[page]): no query, a per_page, a query the
// rewrite cannot carry in a path segment, a bad page or type (shown as a message).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView {...await loadSearch(await searchParams)} />;
}
