import Link from "next/link";
import type { EventSummary } from "@/lib/events/types";
import { eventPath, longDate } from "@/lib/events/utils";

/** The featured event hero (event_list.html header_content). */
export function FeaturedEvent({ event }: { event: EventSummary }) {
  return (
    <section aria-labelledby="featured-event" className="hero bg-base-200 rounded-box mb-8">
      <div className="hero-content flex-col items-start py-8">
        <p className="text-sm font-semibold tracking-wide uppercase">Featured Python Event</p>
        <h2 id="featured-event" className="text-3xl font-bold">
          {event.title}
        </h2>
        <p>
          <time dateTime={event.start.toISOString()}>{longDate(event.start, event.zone, event.allDay)}</time>
        </p>
        <p className="max-w-prose">
          {event.excerpt}{" "}
          <Link className="link" href={eventPath(event.calendarSlug, event.id)} aria-label={`Read more about ${event.title}`}>
            Read more
          </Link>
        </p>
      </div>
    </section>
  );
}
