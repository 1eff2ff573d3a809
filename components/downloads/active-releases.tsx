import Link from "next/link";
import type { ActiveSeries } from "@/lib/downloads/types";

const BADGE: Record<ActiveSeries["status"], string> = {
  "pre-release": "badge-info",
  bugfix: "badge-success",
  security: "badge-warning",
  "end-of-life": "badge-error",
};

/** The active release series with their support status and end-of-life dates. */
export function ActiveReleases({ series }: { series: ActiveSeries[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="table-stack table" data-testid="active-releases">
        <caption className="sr-only">Active Python release series</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Status</th>
            <th scope="col">First released</th>
            <th scope="col">End of support</th>
            <th scope="col">Schedule</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.series}>
              <th scope="row" className="text-base">
                {s.series}
              </th>
              <td data-label="Status">
                <span className={`badge h-auto whitespace-nowrap ${BADGE[s.status]}`}>{s.status}</span>
                {s.status === "end-of-life" && s.latest ? (
                  <span className="ml-2 text-sm">
                    last release was{" "}
                    <Link href={`/downloads/release/${s.latest.slug}/`} className="link">
                      {s.latest.version}
                    </Link>
                  </span>
                ) : null}
              </td>
              <td data-label="First released">
                {s.firstRelease}
                {s.planned && s.firstRelease ? " (planned)" : ""}
              </td>
              <td data-label="End of support">{s.endOfLife}</td>
              <td data-label="Schedule">
                {s.pep ? (
                  <a href={`https://peps.python.org/pep-${String(s.pep).padStart(4, "0")}/`} className="link">
                    PEP {s.pep}
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
