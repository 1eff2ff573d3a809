import { SearchView } from "@/components/search/search-view";
import { loadSearchPage } from "@/lib/site/search/loaders";

export { metadata } from "@/app/(site)/search/page";

// /search/?q=…[&type=…][&page=N], rewritten here by next.config.mjs: the same page, read from no
// query string, so it is cached per normalized query, types and page (revalidated by the search
// tag and within 5 minutes: lib/site/search/loaders.ts). `type` is "_" for all types.
export async function generateStaticParams(): Promise<{ q: string; type: string; page: string }[]> {
  return [];
}

type Props = { params: Promise<{ q: string; type: string; page: string }> };

export default async function CachedSearchPage({ params }: Props) {
  return <SearchView {...await loadSearchPage(await params)} />;
}
