import type { Metadata } from "next";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResultList } from "@/components/search/search-results";
import { Pagination } from "@/components/ui/pagination";
import { loadSearch } from "@/lib/search/loaders";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

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
      <form action="/search/" method="get" role="search" className="join w-full max-w-xl">
        <input
          name="q"
          type="search"
          defaultValue={q}
          aria-label="Search terms"
          className="input join-item w-full"
        />
        <button className="btn btn-primary join-item">Search</button>
      </form>
      {error && <p className="alert alert-warning">{error}</p>}
      {!error && !q && <p>Type a word or two: releases, pages and news are searched together.</p>}
      {results && results.total === 0 && (
        <p className="alert">No results for “{q}”. Check the spelling, or try fewer or more general words.</p>
      )}
      {results && results.total > 0 && (
        <div className="flex flex-col gap-6 sm:flex-row">
          <SearchFacets
            facets={results.facets}
            labels={labels}
            active={types}
            href={(type) => href({ type, page: 1 })}
          />
          <div className="flex-1 space-y-4">
            <p className="text-base-content/70 text-sm" role="status">
              {results.total} result{results.total === 1 ? "" : "s"}
              {results.fuzzy && " for similar words"}
            </p>
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
