import Link from "next/link";
import type { ReleaseSummary } from "@/lib/downloads/types";
import { DateTime } from "@/components/ui/date-time";

/** "Looking for a specific release?": every release, newest version first. */
export function ReleaseTable({ releases }: { releases: ReleaseSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="table-zebra table" data-testid="release-table">
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Release date</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.slug}>
              <td>
                <Link href={`/downloads/release/${r.slug}/`} className="link">
                  {r.name}
                </Link>
              </td>
              <td>
                <DateTime value={r.releaseDate} />
              </td>
              <td>
                {r.releaseNotesUrl ? (
                  <a href={r.releaseNotesUrl} className="link">
                    Release notes
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
