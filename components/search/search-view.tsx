import { SearchFacets } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultList } from "@/components/search/search-results";
import { SearchStatus } from "@/components/search/search-status";
import { Pagination } from "@/components/ui/pagination";
import type { SearchResults } from "@/lib/platform/search/types";
import { searchHref } from "@/lib/site/search/utils";

type Props = {
  q: string;
  types: string[];
  results: SearchResults | null;
  labels: Record<string, string>;
  error: string | null;
};

/** The /search/ page's content: the same for every visitor, so it may be served from a cache. */
export function SearchView({ q, types, results, labels, error }: Props) {
  const href = (over: { type?: string | null; page?: number }) => {
    const type = over.type === undefined ? types : over.type ? [over.type] : [];
    return searchHref({ q, types: type, page: over.page });
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
