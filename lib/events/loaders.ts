import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { eventsTags } from "./constants";
import {
  getCalendarBySlug,
  getCategory,
  getLocation,
  listCalendars,
  listCategories,
  listEvents,
  listEventsBatch,
  listLocations,
  listUpcomingEvents,
} from "./data";
import { isDigestSubscribed } from "./digest/data";
import { getEventDetail, getNeighbours } from "./event/data";
import type { CalendarInfo, EventPage, ListingFilter } from "./types";

// Listings depend on the clock as well as the data: cached for minutes, and dropped on any write.
function tagged() {
  cacheLife("minutes");
  cacheTag(eventsTags.events);
}

export const PAGE_SIZE = 6;

export async function loadUpcomingEvents() {
  "use cache";
  tagged();
  return listUpcomingEvents(new Date(), 5);
}

/** /events/: happening now (2), upcoming (a page of 20), just missed (2), the featured hero. */
export async function loadEventsHome(page: number) {
  "use cache";
  tagged();
  const now = new Date();
  const [[happening, upcoming, missed, featured], calendars] = await Promise.all([
    listEventsBatch([
      { kind: "now", at: now, limit: 2 },
      { kind: "upcoming", at: now, limit: 20, offset: (page - 1) * 20 },
      { kind: "past", at: now, limit: 2 },
      { kind: "upcoming", at: now, filter: { featured: true }, limit: 1 },
    ]),
    listCalendars(),
  ]);
  return { happening: happening.items, upcoming, missed: missed.items, featured: featured.items[0] ?? null, calendars };
}

export async function loadCalendars() {
  "use cache";
  tagged();
  return listCalendars();
}

async function cachedCalendar(slug: string) {
  "use cache";
  tagged();
  return getCalendarBySlug(slug);
}

export async function loadCalendar(slug: string): Promise<CalendarInfo> {
  const calendar = await cachedCalendar(slug);
  if (!calendar) notFound();
  return calendar;
}

/** A 404 for ?page= past the end, as Django's paginator. */
function checkPage(result: EventPage, page: number, size: number) {
  if (page > 1 && page > Math.ceil(result.total / size)) notFound();
  return result;
}

async function calendarListing(slug: string, kind: "upcoming" | "past", page: number, at: number | null) {
  "use cache";
  tagged();
  const calendar = await getCalendarBySlug(slug);
  if (!calendar) return null;
  const now = new Date();
  const when = at === null ? now : new Date(at);
  const filter: ListingFilter = { calendarId: calendar.id };
  const [[events, featured, justMissed], categories, locations] = await Promise.all([
    listEventsBatch([
      { kind, at: when, filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      { kind: "upcoming", at: now, filter: { ...filter, featured: true }, limit: 1 },
      ...(kind === "upcoming" ? [{ kind: "past" as const, at: now, filter, limit: 2 }] : []),
    ]),
    listCategories(calendar.id, 10, 0, false),
    listLocations(calendar.id, 10, 0, false),
  ]);
  return {
    calendar,
    events: events!,
    justMissed: justMissed?.items ?? [],
    featured: featured!.items[0] ?? null,
    categories: categories.items,
    locations: locations.items,
  };
}

/** /events/<cal>/ (upcoming, 6 a page) and /events/<cal>/past/. */
export async function loadCalendarEvents(slug: string, kind: "upcoming" | "past", page: number) {
  const data = await calendarListing(slug, kind, page, null);
  if (!data) notFound();
  checkPage(data.events, page, PAGE_SIZE);
  return data;
}

/** /events/<cal>/date/YYYY/MM/DD/: apps/events for_datetime(date), upcoming from that day. */
export async function loadEventsFromDate(slug: string, day: Date, page: number) {
  const data = await calendarListing(slug, "upcoming", page, day.getTime());
  if (!data) notFound();
  checkPage(data.events, page, PAGE_SIZE);
  return data;
}

async function filteredListing(slug: string, by: "category" | "location", key: string, page: number) {
  "use cache";
  tagged();
  const calendar = await getCalendarBySlug(slug);
  if (!calendar) return null;
  const found =
    by === "category"
      ? await getCategory(calendar.id, key)
      : /^\d{1,9}$/.test(key)
        ? await getLocation(calendar.id, Number(key))
        : null;
  if (!found) return null;
  const filter = by === "category" ? { calendarId: calendar.id, categoryId: found.id } : { calendarId: calendar.id, venueId: found.id };
  const events = await listEvents("upcoming", new Date(), filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { calendar, name: found.name, address: "address" in found ? found.address : null, events };
}

export async function loadEventsBy(slug: string, by: "category" | "location", key: string, page: number) {
  const data = await filteredListing(slug, by, key, page);
  if (!data) notFound();
  checkPage(data.events, page, PAGE_SIZE);
  return data;
}

async function calendarTaxonomy(slug: string, by: "categories" | "locations", page: number) {
  "use cache";
  tagged();
  const calendar = await getCalendarBySlug(slug);
  if (!calendar) return null;
  const list = by === "categories" ? await listCategories(calendar.id, 30, (page - 1) * 30) : await listLocations(calendar.id, 30, (page - 1) * 30);
  return { calendar, items: list.items as { id: number; name: string; slug?: string; address?: string | null }[], total: list.total };
}

/** /events/<cal>/categories/ and /events/<cal>/locations/ (30 a page). */
export async function loadTaxonomy(slug: string, by: "categories" | "locations", page: number) {
  const data = await calendarTaxonomy(slug, by, page);
  if (!data) notFound();
  if (page > 1 && page > Math.ceil(data.total / 30)) notFound();
  return data;
}

async function cachedEvent(slug: string, id: number) {
  "use cache";
  tagged();
  const now = new Date();
  const event = await getEventDetail(slug, id, now);
  if (!event) return null;
  const at = event.time?.start ?? now;
  const [{ previous, next }, atVenue] = await Promise.all([
    getNeighbours(event.calendar.id, event.id, at),
    event.venue ? listEvents("upcoming", now, { calendarId: event.calendar.id, venueId: event.venue.id }, 5) : null,
  ]);
  return { event, previous, next, atVenue: atVenue?.items.filter((e) => e.id !== event.id) ?? [], now };
}

/** /events/<cal>/<pk>/: 404 for an unknown id, a pending one, or one in another calendar. */
export async function loadEvent(slug: string, segment: string) {
  if (!/^\d{1,9}$/.test(segment)) notFound();
  const data = await cachedEvent(slug, Number(segment));
  if (!data) notFound();
  return data;
}

/** EventSubmit: signed in only (back to the form after signing in); the calendars to choose from. */
export async function loadSubmitForm() {
  const principal = await getSessionPrincipal();
  if (!principal) redirect(`/accounts/login/?callbackUrl=${encodeURIComponent("/events/submit/")}`);
  return { calendars: await loadCalendars() };
}

/** The signed-in person's daily events mail setting (null when signed out: the page redirects). */
export async function loadDigestSetting(): Promise<boolean | null> {
  const principal = await getSessionPrincipal();
  return principal ? isDigestSubscribed(principal.userId) : null;
}
