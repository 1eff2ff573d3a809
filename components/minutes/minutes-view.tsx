import Link from "next/link";
import { Markup } from "@/components/ui/markup";
import type { MinutesLink } from "@/lib/minutes/types";
import { formatMinutesDate, isoDate, minutesPath } from "@/lib/minutes/utils";
import { FeedLink } from "./feed-link";

/**
 * One meeting's minutes (templates minutes/minutes_detail.html): the title with the date, the
 * feed link, the rendered minutes, and the same year's meetings beside them.
 */
export function MinutesView({
  minutes,
  sameYear,
}: {
  minutes: { date: Date; contentHtml: string };
  sameYear: MinutesLink[];
}) {
  const year = minutes.date.getUTCFullYear();
  const current = isoDate(minutes.date);
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      <article className="min-w-0 space-y-4">
        <h1 className="text-3xl font-bold">PSF Meeting Minutes for {formatMinutesDate(minutes.date)}</h1>
        <FeedLink />
        <Markup html={minutes.contentHtml} />
      </article>
      <nav aria-labelledby="minutes-same-year" className="md:order-first">
        <h2 id="minutes-same-year" className="mb-2 text-xl font-semibold">
          {year}
        </h2>
        <ul className="space-y-1">
          {sameYear.map((m) => (
            <li key={m.date.toISOString()}>
              <Link
                className="link"
                href={minutesPath(m.date)}
                aria-current={isoDate(m.date) === current ? "page" : undefined}
              >
                {formatMinutesDate(m.date)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link className="link" href="/psf/records/board/minutes/">
            All minutes
          </Link>
        </p>
      </nav>
    </div>
  );
}
