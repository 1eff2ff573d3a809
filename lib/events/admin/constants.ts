/** The events admin (apps/events/admin.py): events and calendars for managers, the queue for moderators. */
import type { AdminSection } from "@/lib/admin/types";
import { canManageEvents, canModerateEvents } from "@/lib/events/permissions";

export const eventsSection: AdminSection = {
  href: "/admin/events/",
  label: "Events",
  allowed: canManageEvents,
};
export const eventCalendarsSection: AdminSection = {
  href: "/admin/events/calendars/",
  label: "Calendars",
  allowed: canManageEvents,
};
export const eventModerationSection: AdminSection = {
  href: "/admin/events/moderation/",
  label: "Event submissions",
  allowed: canModerateEvents,
};

export const eventPlacesSection: AdminSection = {
  href: "/admin/events/places/",
  label: "Event categories and locations",
  allowed: canManageEvents,
};

export const eventsAdmin: AdminSection[] = [
  eventsSection,
  eventCalendarsSection,
  eventPlacesSection,
  eventModerationSection,
];

// EventAdmin list_display (title, calendar, status, featured) with its filters.
export const EVENT_LIST_SPEC = {
  sorts: ["title", "id"],
  defaultSort: "id",
  defaultDir: "desc",
  filters: { status: ["published", "pending", "rejected"], featured: ["yes", "no"] },
} as const;
