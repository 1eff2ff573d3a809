/**
 * apps/events: calendars, categories, locations, events with their occurring and recurring rules,
 * and alarms. After an import that changed anything here, the events_occurrence window of every
 * imported event is rebuilt from its rules (the listings read those rows, not the rules).
 */
import { refreshOccurrences } from "../../../lib/events/occurrence/mutations";
import type { Db, Mapping } from "../types";
import {
  bool,
  contentManageable,
  fk,
  fkOrNull,
  int,
  legacyPk,
  many,
  markupField,
  markupSpec,
  MapError,
  nameSlug,
  requiredDate,
  str,
  strOrNull,
} from "./common";

const calendar: Mapping = {
  model: "events.calendar",
  table: "calendar",
  dependsOn: ["users.user"],
  adopt: (d) => ({ slug: d.slug }),
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        ...nameSlug(f),
        url: strOrNull(f.url),
        rss: strOrNull(f.rss),
        embed: strOrNull(f.embed),
        twitter: strOrNull(f.twitter),
        description: strOrNull(f.description),
      },
    };
  },
};

const category: Mapping = {
  model: "events.eventcategory",
  table: "eventCategory",
  dependsOn: ["events.calendar"],
  adopt: (d) => ({ slug: d.slug }),
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...nameSlug(row.fields),
      calendarId: fkOrNull(ctx, "events.calendar", row.fields.calendar),
    },
  }),
};

const location: Mapping = {
  model: "events.eventlocation",
  table: "eventLocation",
  dependsOn: ["events.calendar"],
  map(row, ctx) {
    const f = row.fields;
    if (!str(f.name)) throw new MapError("name is required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        calendarId: fkOrNull(ctx, "events.calendar", f.calendar),
        name: str(f.name),
        address: strOrNull(f.address),
        url: strOrNull(f.url),
      },
    };
  },
};

const event: Mapping = {
  model: "events.event",
  table: "event",
  dependsOn: ["users.user", "events.calendar", "events.eventlocation", "events.eventcategory"],
  // An event the ICS importer already brought in (same calendar, same UID) is the same event.
  adopt: (d) => (d.uid ? { calendarId: d.calendarId, uid: d.uid } : null),
  markup: [markupSpec("description")],
  links: { categories: { table: "eventCategoryEvent", own: "eventId", other: "categoryId" } },
  map(row, ctx) {
    const f = row.fields;
    if (!str(f.title)) throw new MapError("title is required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        uid: strOrNull(f.uid),
        title: str(f.title),
        calendarId: fk(ctx, "events.calendar", f.calendar, "calendar"),
        ...markupField(f, "description", "description", "restructuredtext"),
        venueId: fkOrNull(ctx, "events.eventlocation", f.venue),
        featured: bool(f.featured),
      },
      links: { categories: many(ctx, "events.eventcategory", f.categories, "categories") },
    };
  },
};

const occurringRule: Mapping = {
  model: "events.occurringrule",
  table: "occurringRule",
  dependsOn: ["events.event"],
  map(row, ctx) {
    const f = row.fields;
    const dtStart = requiredDate(f.dt_start, "dt_start");
    const dtEnd = requiredDate(f.dt_end, "dt_end");
    if (dtEnd < dtStart) throw new MapError("dt_end is before dt_start");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        eventId: fk(ctx, "events.event", f.event, "event"),
        dtStart,
        dtEnd,
        allDay: bool(f.all_day),
      },
    };
  },
};

/**
 * Django's DurationField as dumpdata writes it ("1 02:03:04.5", "00:15:00", or ISO "P1DT2H"), or
 * as PostgreSQL prints an interval (--from-postgres: "1 day 02:03:04", "2 days", "36:00:00").
 */
export function durationSeconds(v: unknown): number {
  const s = str(v).trim();
  const clock = /^(?:(-?\d+) (?:days? ?)?)?(?:(-?\d+):(\d{2}):(\d{2})(?:\.\d+)?)?$/.exec(s);
  if (clock && s !== "" && (clock[1] !== undefined || clock[2] !== undefined)) {
    const [, days, h, m, sec] = clock;
    return Number(days ?? 0) * 86_400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(sec ?? 0);
  }
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$/.exec(s);
  if (iso && s !== "P")
    return (
      Number(iso[1] ?? 0) * 86_400 + Number(iso[2] ?? 0) * 3600 + Number(iso[3] ?? 0) * 60 + Number(iso[4] ?? 0)
    );
  throw new MapError(`duration_internal ${JSON.stringify(v)} is not a duration`);
}

const recurringRule: Mapping = {
  model: "events.recurringrule",
  table: "recurringRule",
  dependsOn: ["events.event"],
  map(row, ctx) {
    const f = row.fields;
    const frequency = int(f.frequency, 2);
    if (![0, 1, 2, 3].includes(frequency)) throw new MapError(`frequency ${frequency} is not 0, 1, 2 or 3`);
    const interval = int(f.interval, 1);
    if (interval < 1) throw new MapError(`interval ${interval} is below 1`);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        eventId: fk(ctx, "events.event", f.event, "event"),
        begin: requiredDate(f.begin, "begin"),
        finish: requiredDate(f.finish, "finish"),
        duration: str(f.duration, "15 min") || "15 min",
        durationInternalSeconds: f.duration_internal == null ? 900 : durationSeconds(f.duration_internal),
        interval,
        frequency,
        allDay: bool(f.all_day),
      },
    };
  },
};

const alarm: Mapping = {
  model: "events.alarm",
  table: "alarm",
  dependsOn: ["users.user", "events.event"],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      eventId: fk(ctx, "events.event", row.fields.event, "event"),
      trigger: int(row.fields.trigger, 24),
    },
  }),
};

/** The occurrence rows of every imported event, from its rules as they now stand. */
export async function refreshImportedOccurrences(db: Db): Promise<string> {
  const ids = (await db.event.findMany({ where: { legacyId: { not: null } }, select: { id: true } })).map(
    (e) => e.id,
  );
  const written = await refreshOccurrences(ids, new Date(), db);
  return `${written} occurrences of ${ids.length} imported events refreshed`;
}

export const eventsMappings: Mapping[] = [
  calendar,
  category,
  location,
  event,
  occurringRule,
  recurringRule,
  alarm,
];
