import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import {
  EVENT_LIST_SPEC,
  eventCalendarsSection,
  eventModerationSection,
  eventPlacesSection,
  eventsSection,
} from "./constants";
import { getAdminEvent, listAdminCalendars, listAdminEvents, listAdminTaxonomy, listPendingEvents } from "./data";

/** Events: staff and whoever holds events.manage. */
export async function loadAdminEvents(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/events/", eventsSection);
  const params = parseListParams(raw, EVENT_LIST_SPEC);
  return { params, ...(await listAdminEvents(params)) };
}

export async function loadAdminCalendars() {
  await requireAdmin("/admin/events/calendars/", eventCalendarsSection);
  return listAdminCalendars();
}

/** The moderation queue: events moderators (a group) as well as managers. */
export async function loadEventModerationQueue() {
  await requireAdmin("/admin/events/moderation/", eventModerationSection);
  return listPendingEvents();
}

/** Categories and locations (with the forms that add them): managers. */
export async function loadAdminTaxonomy() {
  await requireAdmin("/admin/events/places/", eventPlacesSection);
  return listAdminTaxonomy();
}

/** An event's change form (EventAdmin): managers. */
export async function loadAdminEvent(id: string) {
  await requireAdmin(`/admin/events/${id}/`, eventsSection);
  const n = dbId(id);
  const detail = n === null ? null : await getAdminEvent(n);
  if (!detail) notFound();
  return detail;
}
