/**
 * IANA time zones without a date library: the offset of a zone at an instant (Intl), and the
 * conversions between an instant and its wall-clock time there. Recurrence is expanded on wall
 * clocks (a 18:00 meetup stays at 18:00 across a daylight-saving change), then turned back into
 * UTC instants, which is what the database stores.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const shortNames = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is an IANA zone name this runtime knows ("UTC", "Europe/Lisbon"). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant`, in milliseconds (New York in winter: -5 h). */
export function zoneOffsetMs(zone: string, instant: number): number {
  if (zone === "UTC") return 0;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant)))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The wall-clock time of `instant` in `zone`, as a Date whose UTC fields hold it. */
export function toWallClock(instant: Date, zone: string): Date {
  return new Date(instant.getTime() + zoneOffsetMs(zone, instant.getTime()));
}

/**
 * The instant at which `zone`'s clocks show `wall` (a Date whose UTC fields hold the wall clock).
 * A time that happens twice (clocks going back) is the first of the two; a time that never
 * happens (clocks going forward) is read with the offset before the change, as RFC 5545 says
 * (02:30 on the spring-forward night in New York is 03:30 EDT).
 */
export function fromWallClock(wall: Date, zone: string): Date {
  const t = wall.getTime();
  // A zone changes its offset at most once within a day either side: the offsets a day before
  // and a day after are the only ones this wall time can have.
  const early = zoneOffsetMs(zone, t - 86_400_000);
  const late = zoneOffsetMs(zone, t + 86_400_000);
  const valid = [early, late].filter((o) => zoneOffsetMs(zone, t - o) === o);
  if (valid.length === 0) return new Date(t - early);
  return new Date(t - Math.max(...valid));
}

/** The zone's short name at `instant` ("EST", "CET", "GMT+1"), as shown after a time. */
export function zoneAbbreviation(zone: string, instant: Date): string {
  if (zone === "UTC") return "UTC";
  // A formatter per zone, made once: constructing Intl.DateTimeFormat costs more than formatting.
  let f = shortNames.get(zone);
  if (!f) shortNames.set(zone, (f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" })));
  const part = f
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** The event's zone: its own, else its venue's, else its calendar's, else UTC. */
export function eventZone(e: {
  timeZone?: string | null;
  venue?: { timeZone?: string | null } | null;
  calendar?: { timeZone?: string | null } | null;
}): string {
  for (const z of [e.timeZone, e.venue?.timeZone, e.calendar?.timeZone]) if (z && isTimeZone(z)) return z;
  return "UTC";
}

export type ZoneTransition = { at: Date; offsetFrom: number; offsetTo: number };

/**
 * The instants in [fromYear, toYear] at which `zone` changes its offset (for the VTIMEZONE of an
 * export): found day by day, then to the minute.
 */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let offset = zoneOffsetMs(zone, t);
  while (t < end) {
    const next = t + 86_400_000;
    const o = zoneOffsetMs(zone, next);
    if (o !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMs(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi), offsetFrom: offset, offsetTo: o });
      offset = o;
    }
    t = next;
  }
  return found;
}
