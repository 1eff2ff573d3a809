/** Demo calendars and events: a weekly user-group meetup (recurring), a multi-day conference, a past sprint. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const DAY = 86_400_000;
const html = (s: string) => ({
  description: s,
  descriptionMarkupType: "html" as const,
  descriptionRendered: renderMarkup(s, "html"),
});

export async function seedEvents(db: PrismaClient, creatorId: number | null, now = new Date()) {
  const events = await db.calendar.upsert({
    where: { slug: "python-events" },
    update: {},
    create: {
      slug: "python-events",
      name: "Python Events Calendar",
      description: "Conferences, sprints and workshops around the world.",
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
      creatorId,
    },
  });
  const conference = await db.eventCategory.upsert({
    where: { slug: "conference" },
    update: {},
    create: { name: "Conference", slug: "conference", calendarId: events.id },
  });
  const venue =
    (await db.eventLocation.findFirst({
      where: { calendarId: events.id, name: "Harbour Convention Centre" },
    })) ??
    (await db.eventLocation.create({
      data: {
        calendarId: events.id,
        name: "Harbour Convention Centre",
        address: "1 Quay Street, Lisbon, Portugal",
      },
    }));
  const hall =
    (await db.eventLocation.findFirst({ where: { calendarId: groups.id, name: "City Library, room 2" } })) ??
    (await db.eventLocation.create({
      data: {
        calendarId: groups.id,
        name: "City Library, room 2",
        address: "Main Square 4, Utrecht, Netherlands",
      },
    }));

  const day0 = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const seeds = [
    {
      uid: "demo-pycon-harbour",
      calendarId: events.id,
      title: "PyCon Harbour",
      featured: true,
      venueId: venue.id,
      body: "<p>Three days of talks, tutorials and sprints by the sea.</p>",
      occurring: {
        dtStart: new Date(day0.getTime() + 30 * DAY),
        dtEnd: new Date(day0.getTime() + 32 * DAY),
        allDay: true,
      },
      category: conference.id,
    },
    {
      uid: "demo-core-sprint",
      calendarId: events.id,
      title: "Core development sprint",
      featured: false,
      venueId: venue.id,
      body: "<p>A week of work on CPython with the core team.</p>",
      occurring: {
        dtStart: new Date(day0.getTime() - 60 * DAY),
        dtEnd: new Date(day0.getTime() - 55 * DAY),
        allDay: true,
      },
      category: null,
    },
    {
      uid: "demo-utrecht-meetup",
      calendarId: groups.id,
      title: "Utrecht Python meetup",
      featured: false,
      venueId: hall.id,
      body: "<p>Lightning talks and pizza every Tuesday evening.</p>",
      recurring: {
        begin: new Date(day0.getTime() - 14 * DAY + 18 * 3_600_000),
        finish: new Date(day0.getTime() + 180 * DAY),
        frequency: 2,
        interval: 1,
        duration: "2 hours",
        durationInternalSeconds: 7200,
        allDay: false,
      },
      category: null,
    },
  ];
  for (const s of seeds) {
    if (await db.event.findFirst({ where: { calendarId: s.calendarId, uid: s.uid } })) continue;
    await db.event.create({
      data: {
        uid: s.uid,
        calendarId: s.calendarId,
        title: s.title,
        featured: s.featured,
        venueId: s.venueId,
        creatorId,
        ...html(s.body),
        ...(s.occurring ? { occurringRule: { create: s.occurring } } : {}),
        ...(s.recurring ? { recurringRules: { create: [s.recurring] } } : {}),
        ...(s.category ? { categories: { create: [{ categoryId: s.category }] } } : {}),
      },
    });
  }
}
