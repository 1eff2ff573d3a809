import Link from "next/link";
import type { ReleaseSummary } from "@/lib/downloads/types";
import { seriesOf } from "@/lib/downloads/utils";
import { DateTime } from "@/components/ui/date-time";
import { SeriesGrouping } from "./series-grouping";

type Group = { series: string; anchor: string; releases: ReleaseSummary[] };

/** Consecutive runs of one series (the list is sorted by version, so each series is one run). */
function bySeries(releases: ReleaseSummary[]): Group[] {
  const groups: Group[] = [];
  for (const r of releases) {
    const series = seriesOf(r.version) || "other";
    const last = groups.at(-1);
    if (last?.series === series) last.releases.push(r);
    else groups.push({ series, anchor: `series-${series.replace(/\./g, "-")}`, releases: [r] });
  }
  return groups;
}

/** "Looking for a specific release?": every release, newest version first, groupable by series. */
export function ReleaseTable({ releases }: { releases: ReleaseSummary[] }) {
  const groups = bySeries(releases);
  const stripe = new Set(releases.filter((_, i) => i % 2 === 1).map((r) => r.slug));
  const nav = (
    <nav aria-label="Release series" className="flex flex-wrap gap-2">
      {groups.map((g) => (
        <a key={g.anchor} href={`#${g.anchor}`} className="badge badge-outline">
          {g.series === "other" ? "Other" : `Python ${g.series}`}
        </a>
      ))}
    </nav>
  );
  return (
    <SeriesGrouping nav={nav}>
      <div className="overflow-x-auto">
        <table className="table-stack table" data-testid="release-table">
          <thead>
            <tr>
              <th scope="col">Release</th>
              <th scope="col">Release date</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.anchor}>
              <tr
                id={g.anchor}
                className="hidden group-data-[grouped=true]:table-row max-sm:group-data-[grouped=true]:block"
              >
                <th colSpan={3} scope="rowgroup" className="bg-base-200 text-base">
                  {g.series === "other" ? "Other releases" : `Python ${g.series}`}{" "}
                  <span className="text-sm font-normal">
                    ({g.releases.length} release{g.releases.length === 1 ? "" : "s"})
                  </span>
                </th>
              </tr>
              {g.releases.map((r) => (
                // Striped by position in the whole list: daisyUI's table-zebra counts per <tbody>
                // and counts the hidden series rows, so its stripes broke at every series.
                <tr key={r.slug} className={stripe.has(r.slug) ? "bg-base-200" : undefined}>
                  <td>
                    <Link href={`/downloads/release/${r.slug}/`} className="link">
                      {r.name}
                    </Link>
                  </td>
                  <td data-label="Release date">
                    <DateTime value={r.releaseDate} />
                  </td>
                  <td data-label="Notes">
                    {r.releaseNotesUrl ? (
                      <a href={r.releaseNotesUrl} className="link">
                        Release notes
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </SeriesGrouping>
  );
}
