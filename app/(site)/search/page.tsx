import type { Metadata } from "next";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultList } from "@/components/search/search-results";
import { SearchStatus } from "@/components/search/search-status";
import { Pagination } from "@/components/ui/pagination";
import { loadSearch } from "@/lib/site/search/loaders";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

// Reading searchParams makes this page dynamic: every query is rendered on request, never cached.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const { q, types, results, labels, error } = await loadSearch(await searchParams);
  const href = (over: { type?: string | null; page?: number }) => {
    const p = new URLSearchParams({ q });
    const type = over.type === undefined ? types.join(",") : over.type;
    if (type) p.set("type", type);
    if (over.page && over.page > 1) p.set("page", String(over.page));
    return `/search/?${p}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{q ? `Results for “${q}”` : "Search python.org"}</h1>
      <SearchForm q={q} />
      <SearchStatus q={q} results={results} error={error} labels={labels} firstPageHref={href({ page: 1 })} />
      {results && Object.keys(results.facets).length > 0 && (
        <div className="flex flex-col gap-6 sm:flex-row">
          <SearchFacets
            facets={results.facets}
            labels={labels}
            active={types}
            href={(type) => href({ type, page: 1 })}
          />
          <div className="flex-1 space-y-4">
            <SearchResultList hits={results.hits} labels={labels} />
            <Pagination
              page={results.page}
              pages={Math.min(50, Math.ceil(results.total / results.perPage))}
              href={(page) => href({ page })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
