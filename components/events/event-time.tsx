import type { EventSummary } from "@/lib/events/types";
import { dateLine } from "@/lib/events/utils";
import { LocalTime } from "./local-time";

/**
 * apps/events includes/time_tag.html: the occurrence's date, its year in spans `start-<id>` /
 * `end-<id>` (class `say-no-more` when it is this year, so it can be hidden), and for a timed
 * single-day occurrence the times in the event's zone, then the visitor's own time.
 */
export function EventTime({ event, thisYear }: { event: EventSummary; thisYear: number }) {
  const l = dateLine(event, event.zone);
  const year = (id: string, y: number) => (
    <span id={`${id}-${event.id}`} className={y === thisYear ? "say-no-more" : undefined}>
      {" "}
      {y}
    </span>
  );
  return (
    <>
      <time dateTime={l.startIso}>
        {l.startDay}
        {year("start", l.startYear)}
        {l.singleDay ? (
          l.startTime ? ` ${l.startTime}${l.validEnd ? ` – ${l.endTime}` : ""}` : ""
        ) : (
          <>
            {" "}
            – {l.endDay}
            {year("end", l.endYear)}
          </>
        )}
      </time>
      {!event.allDay && <LocalTime iso={event.start.toISOString()} eventZone={event.zone} withDate />}
    </>
  );
}
