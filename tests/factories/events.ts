/**
 * Demo calendars and events of our own, dated relative to `now`: one-off, multi-day, all-day,
 * weekly and monthly recurring, past, happening now, in several zones. Idempotent by UID.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshOccurrences } from "@/lib/events/occurrence/mutations";
import { fromWallClock } from "@/lib/events/zone/utils";
import { renderMarkup } from "@/lib/platform/markup";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const html = (s: string) => ({ description: s, descriptionMarkupType: "html" as const, descriptionRendered: renderMarkup(s, "html") });

type Db = PrismaClient;

async function location(db: Db, calendarId: number, name: string, address: string, timeZone: string, url?: string) {
  const found = await db.eventLocation.findFirst({ where: { calendarId, name } });
  return found ?? db.eventLocation.create({ data: { calendarId, name, address, timeZone, url: url ?? null } });
}

async function category(db: Db, calendarId: number, name: string, slug: string) {
  return db.eventCategory.upsert({ where: { slug }, update: {}, create: { name, slug, calendarId } });
}

export async function seedEvents(db: Db, creatorId: number | null, now = new Date()) {
  const events = await db.calendar.upsert({
    where: { slug: "python-events" },
    update: {},
    create: {
      slug: "python-events",
      name: "Python Events Calendar",
      description: "Conferences, sprints and workshops around the world.",
      timeZone: "UTC",
      creatorId,
    },
  });
  const groups = await db.calendar.upsert({
    where: { slug: "python-user-group" },
    update: {},
    create: {
      slug: "python-user-group",
      name: "Python User Group Calendar",
      description: "Regular meetings of local user groups.",
      timeZone: "Europe/Amsterdam",
      creatorId,
    },
  });
  const conference = await category(db, events.id, "Conference", "conference");
  const workshop = await category(db, events.id, "Workshop", "workshop");
  const sprint = await category(db, events.id, "Sprint", "sprint");
  const meetup = await category(db, groups.id, "Meetup", "meetup");
  const harbour = await location(db, events.id, "Harbour Convention Centre", "1 Quay Street, Lisbon, Portugal", "Europe/Lisbon");
  const lakeside = await location(db, events.id, "Lakeside Forum", "Seestrasse 12, Zurich, Switzerland", "Europe/Zurich");
  const tokyo = await location(db, events.id, "Shibuya Community Hall", "2-1 Dogenzaka, Tokyo, Japan", "Asia/Tokyo");
  const library = await location(db, groups.id, "City Library, room 2", "Main Square 4, Utrecht, Netherlands", "Europe/Amsterdam");
  const loop = await location(db, groups.id, "Loop Tech Space", "200 W Madison St, Chicago, IL, USA", "America/Chicago");
  const indiranagar = await location(db, groups.id, "Indiranagar Co-working", "100 Feet Road, Bengaluru, India", "Asia/Kolkata");

  const day0 = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const date = (days: number) => new Date(day0 + days * DAY);
  // `hh:mm` on the day `days` from today, on the clocks of `zone`.
  const local = (days: number, hh: number, mm: number, zone: string) =>
    fromWallClock(new Date(day0 + days * DAY + hh * HOUR + mm * 60_000), zone);
  const weekday = (target: number) => (target - new Date(day0).getUTCDay() + 7) % 7;

  type Seed = {
    uid: string;
    calendarId: number;
    title: string;
    body: string;
    featured?: boolean;
    venueId?: number | null;
    timeZone?: string;
    categoryId?: number;
    occurring?: { dtStart: Date; dtEnd: Date; allDay: boolean };
    recurring?: { begin: Date; finish: Date; frequency: number; interval: number; duration: string; durationInternalSeconds: number; allDay?: boolean };
  };
  const seeds: Seed[] = [
    {
      uid: "demo-pycon-harbour",
      calendarId: events.id,
      title: "PyCon Harbour",
      featured: true,
      venueId: harbour.id,
      categoryId: conference.id,
      body: "<p>Three days of talks, tutorials and sprints by the sea, with a day of beginner workshops first.</p>",
      occurring: { dtStart: date(9), dtEnd: date(11), allDay: true },
    },
    {
      uid: "demo-core-sprint",
      calendarId: events.id,
      title: "Core development sprint",
      venueId: harbour.id,
      categoryId: sprint.id,
      body: "<p>A week of work on CPython with the core team.</p>",
      occurring: { dtStart: date(-60), dtEnd: date(-55), allDay: true },
    },
    {
      uid: "demo-packaging-summit",
      calendarId: events.id,
      title: "Packaging summit (online)",
      timeZone: "America/New_York",
      categoryId: workshop.id,
      body: "<p>Maintainers of installers, build backends and indexes compare notes on the year's packaging PEPs. Streamed, with a shared document for questions.</p>",
      occurring: { dtStart: new Date(now.getTime() - HOUR), dtEnd: new Date(now.getTime() + 2 * HOUR), allDay: false },
    },
    {
      uid: "demo-pydata-lakeside",
      calendarId: events.id,
      title: "PyData Lakeside",
      venueId: lakeside.id,
      categoryId: conference.id,
      body: "<p>A one-day conference on data tooling in Python: dataframes, notebooks and reproducible pipelines.</p>",
      occurring: { dtStart: local(45, 9, 0, "Europe/Zurich"), dtEnd: local(45, 17, 30, "Europe/Zurich"), allDay: false },
    },
    {
      uid: "demo-django-workshop-tokyo",
      calendarId: events.id,
      title: "Django beginners' workshop, Tokyo",
      venueId: tokyo.id,
      categoryId: workshop.id,
      body: "<p>A free, all-day introduction to building web applications with Django. Laptops provided on request.</p>",
      occurring: { dtStart: date(40), dtEnd: date(40), allDay: true },
    },
    {
      uid: "demo-pyconf-kolkata",
      calendarId: events.id,
      title: "PyConf Eastern India",
      timeZone: "Asia/Kolkata",
      categoryId: conference.id,
      body: "<p>Talks in English, Bengali and Hindi on teaching Python and on scientific computing.</p>",
      occurring: { dtStart: local(-20, 9, 30, "Asia/Kolkata"), dtEnd: local(-20, 18, 0, "Asia/Kolkata"), allDay: false },
    },
    {
      uid: "demo-typing-council-call",
      calendarId: events.id,
      title: "Typing community call",
      timeZone: "America/Los_Angeles",
      body: "<p>An open monthly video call about the type system, type checkers and typeshed.</p>",
      recurring: { begin: local(-70, 10, 0, "America/Los_Angeles"), finish: date(365), frequency: 1, interval: 1, duration: "1 hour", durationInternalSeconds: 3600 },
    },
    {
      uid: "demo-utrecht-meetup",
      calendarId: groups.id,
      title: "Utrecht Python meetup",
      venueId: library.id,
      categoryId: meetup.id,
      body: "<p>Lightning talks and pizza every Tuesday evening.</p>",
      recurring: { begin: local(weekday(2) - 14, 19, 0, "Europe/Amsterdam"), finish: date(180), frequency: 2, interval: 1, duration: "2 hours", durationInternalSeconds: 7200 },
    },
    {
      uid: "demo-chicago-project-night",
      calendarId: groups.id,
      title: "Chicago Python project night",
      venueId: loop.id,
      categoryId: meetup.id,
      body: "<p>Bring a project, find a pair, or help a newcomer set up their first virtual environment.</p>",
      recurring: { begin: local(-100, 18, 0, "America/Chicago"), finish: date(300), frequency: 1, interval: 1, duration: "3 hours", durationInternalSeconds: 10_800 },
    },
    {
      uid: "demo-bengaluru-saturday",
      calendarId: groups.id,
      title: "Bengaluru Python Saturday",
      venueId: indiranagar.id,
      categoryId: meetup.id,
      body: "<p>Every other Saturday morning: a talk, a workshop and coffee.</p>",
      recurring: { begin: local(weekday(6) - 28, 10, 30, "Asia/Kolkata"), finish: date(200), frequency: 2, interval: 2, duration: "3 hours", durationInternalSeconds: 10_800 },
    },
    {
      uid: "demo-pyladies-social",
      calendarId: groups.id,
      title: "PyLadies winter social",
      venueId: library.id,
      body: "<p>Board games, snacks and a short talk on the year in the group.</p>",
      occurring: { dtStart: local(-3, 18, 30, "Europe/Amsterdam"), dtEnd: local(-3, 21, 0, "Europe/Amsterdam"), allDay: false },
    },
  ];
  const ids: number[] = [];
  for (const s of seeds) {
    const found = await db.event.findFirst({ where: { calendarId: s.calendarId, uid: s.uid }, select: { id: true } });
    if (found) {
      ids.push(found.id);
      continue;
    }
    const row = await db.event.create({
      data: {
        uid: s.uid,
        calendarId: s.calendarId,
        title: s.title,
        featured: s.featured ?? false,
        venueId: s.venueId ?? null,
        timeZone: s.timeZone ?? null,
        creatorId,
        ...html(s.body),
        ...(s.occurring ? { occurringRule: { create: s.occurring } } : {}),
        ...(s.recurring ? { recurringRules: { create: [{ allDay: false, ...s.recurring }] } } : {}),
        ...(s.categoryId ? { categories: { create: [{ categoryId: s.categoryId }] } } : {}),
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  await refreshOccurrences(ids, now, db);
}
