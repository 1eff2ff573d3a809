import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const adminEventSelect = {
  id: true,
  title: true,
  status: true,
  featured: true,
  uid: true,
  calendar: { select: { slug: true, name: true } },
  occurringRule: { select: { dtStart: true } },
  recurringRules: { select: { begin: true, frequency: true }, take: 1 },
} as const;
export type AdminEvent = Prisma.EventGetPayload<{ select: typeof adminEventSelect }>;

/** EventAdmin's changelist: search in the title, filter by status and featured, one page. */
export async function listAdminEvents(params: ListParams): Promise<{ rows: AdminEvent[]; total: number }> {
  const { status, featured } = params.filters;
  const where: Prisma.EventWhereInput = {
    ...(params.q ? { title: { contains: params.q, mode: "insensitive" } } : {}),
    ...(status ? { status } : {}),
    ...(featured ? { featured: featured === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      select: adminEventSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.event.count({ where }),
  ]);
  return { rows, total };
}

/** The pending submissions, oldest first, with what the submitter told us. */
export async function listPendingEvents() {
  return db.event.findMany({
    where: { status: "pending" },
    orderBy: { created: "asc" },
    select: {
      id: true,
      title: true,
      created: true,
      descriptionRendered: true,
      submission: true,
      timeZone: true,
      calendar: { select: { name: true } },
      creator: { select: { username: true, email: true } },
      occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
      recurringRules: { select: { begin: true, finish: true, frequency: true, interval: true } },
    },
  });
}

export async function listAdminCalendars() {
  return db.calendar.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      url: true,
      timeZone: true,
      _count: { select: { events: true } },
    },
  });
}

/** Categories and locations with their calendar and how many events use them. */
export async function listAdminTaxonomy() {
  const [categories, locations, calendars] = await Promise.all([
    db.eventCategory.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        slug: true,
        calendar: { select: { name: true, slug: true } },
        _count: { select: { events: true } },
      },
    }),
    db.eventLocation.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        address: true,
        timeZone: true,
        calendar: { select: { name: true, slug: true } },
        _count: { select: { events: true } },
      },
    }),
    db.calendar.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { categories, locations, calendars };
}

/** One event for its change form, with its rules and what its calendar offers to choose from. */
export async function getAdminEvent(id: number) {
  const event = await db.event.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      featured: true,
      uid: true,
      timeZone: true,
      calendarId: true,
      venueId: true,
      description: true,
      descriptionMarkupType: true,
      calendar: { select: { slug: true, name: true } },
      categories: { select: { categoryId: true } },
      occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
      recurringRules: {
        orderBy: { begin: "asc" },
        select: { id: true, begin: true, finish: true, frequency: true, interval: true, duration: true, allDay: true, rrule: true },
      },
      _count: { select: { occurrences: true } },
    },
  });
  if (!event) return null;
  const [calendars, categories, locations] = await Promise.all([
    db.calendar.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.eventCategory.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, calendarId: true } }),
    db.eventLocation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, calendarId: true } }),
  ]);
  return { event, calendars, categories, locations };
}
export type AdminEventDetail = NonNullable<Awaited<ReturnType<typeof getAdminEvent>>>;
