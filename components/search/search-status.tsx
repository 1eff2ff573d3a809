import Link from "next/link";
import type { SearchResults } from "@/lib/platform/search/types";

/**
 * What the visitor is looking at: a prompt for an empty query, a bad-parameter message, an empty
 * state, or the number of results (and the corrected spelling when typo tolerance stepped in).
 */
export function SearchStatus({
  q,
  results,
  error,
  labels,
  firstPageHref,
}: {
  q: string;
  results: SearchResults | null;
  error: string | null;
  labels: Record<string, string>;
  firstPageHref: string;
}) {
  if (error) return <p className="alert alert-warning">{error}</p>;
  if (!q || !results) {
    const kinds = Object.values(labels).join(", ").toLowerCase();
    return <p className="alert">Enter a word or two to search. Searched together: {kinds}.</p>;
  }
  if (results.total === 0 && Object.keys(results.facets).length > 0)
    return (
      <p className="alert" role="status">
        None of the results for “{q}” are of the chosen type; pick another one or all types.
      </p>
    );
  if (results.total === 0)
    return (
      <div className="alert" role="status">
        <p>
          No results for “{q}”. Check the spelling, use fewer or more general words, or search the{" "}
          <a className="link" href="https://docs.python.org/3/search.html">
            Python documentation
          </a>
          .
        </p>
      </div>
    );
  return (
    <div className="space-y-1">
      <p className="text-base-content/70 text-sm" role="status">
        {results.total} result{results.total === 1 ? "" : "s"}
        {results.correctedQuery && (
          <>
            {" "}
            for <strong>{results.correctedQuery}</strong> (no exact match for “{q}”)
          </>
        )}
      </p>
      {results.hits.length === 0 && (
        <p className="alert">
          This page is past the last result. <Link href={firstPageHref}>Back to the first page</Link>.
        </p>
      )}
    </div>
  );
}
