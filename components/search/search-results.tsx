import Link from "next/link";
import type { SearchHit } from "@/lib/platform/search/types";
import { DateTime } from "@/components/ui/date-time";

/** One ranked result. The snippet is safe HTML by construction (escaped text and <mark>). */
export function SearchResultList({ hits, labels }: { hits: SearchHit[]; labels: Record<string, string> }) {
  return (
    <ol className="space-y-4" aria-label="Search results">
      {hits.map((h) => (
        <li key={`${h.type}-${h.objectId}`} className="card bg-base-100 border-base-300 border p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span className="badge badge-outline">{labels[h.type] ?? h.type}</span>
            {h.date && (
              <span className="text-base-content/70 text-sm">
                <DateTime value={new Date(h.date)} />
              </span>
            )}
          </div>
          <h2 className="mt-1 text-lg font-semibold">
            <Link href={h.url} className="link link-hover link-primary">
              {h.title}
            </Link>
          </h2>
          {h.snippetHtml && (
            <p className="search-snippet mt-1 text-sm" dangerouslySetInnerHTML={{ __html: h.snippetHtml }} />
          )}
        </li>
      ))}
    </ol>
  );
}
