/** The events admin (apps/events/admin.py): events and calendars for managers, the queue for moderators. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
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

export const FREQUENCY_OPTIONS = [
  { value: "0", label: "Yearly" },
  { value: "1", label: "Monthly" },
  { value: "2", label: "Weekly" },
  { value: "3", label: "Daily" },
] as const;

/** The recurring rule form under an event (RecurringRuleInline). */
export const recurringRuleFields: FieldSpec[] = [
  { name: "begin", label: "First start (UTC)", kind: "datetime" },
  { name: "finish", label: "Repeat until (UTC)", kind: "datetime" },
  { name: "frequency", label: "Repeats", kind: "select", options: FREQUENCY_OPTIONS },
  { name: "interval", label: "Every how many (1 = every time)", kind: "number" },
  { name: "duration", label: "Duration", help: "How long each time lasts: 2 hours, 90 min, 1 day, 02:30:00." },
  { name: "allDay", label: "All day", kind: "checkbox" },
];
