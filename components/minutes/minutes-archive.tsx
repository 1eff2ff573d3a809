import Link from "next/link";
import type { MinutesYear } from "@/lib/minutes/types";
import { formatMinutesDate, minutesPath } from "@/lib/minutes/utils";
import { FeedLink } from "./feed-link";

/** templates minutes/minutes_list.html: "PSF Board Meeting Minutes Archive", one column per year. */
export function MinutesArchive({ years }: { years: MinutesYear[] }) {
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">PSF Board Meeting Minutes Archive</h1>
      <FeedLink />
      {years.length === 0 ? (
        <p>No minutes have been published yet.</p>
      ) : (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {years.map((y) => (
            <section key={y.year} aria-labelledby={`minutes-${y.year}`}>
              <h2 id={`minutes-${y.year}`} className="mb-2 text-xl font-semibold">
                {y.year}
              </h2>
              <ul className="space-y-1">
                {y.minutes.map((m) => (
                  <li key={m.date.toISOString()}>
                    <Link className="link" href={minutesPath(m.date)}>
                      {formatMinutesDate(m.date)}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </article>
  );
}
