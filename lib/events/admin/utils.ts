/** The event change form's fields (options from the event's calendar) and its initial values. */
import type { FieldSpec, FieldValues } from "@/lib/admin/types";
import type { AdminEventDetail } from "./data";
import { EVENT_STATUSES, MARKUP_TYPES } from "./schema";

const local = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 16) : "");

export function eventFields({ event, calendars, categories, locations }: AdminEventDetail): FieldSpec[] {
  const ofCalendar = <T extends { calendarId: number | null }>(rows: T[]) => rows.filter((r) => r.calendarId === event.calendarId);
  return [
    { name: "title", label: "Title" },
    { name: "calendarId", label: "Calendar", kind: "select", options: calendars.map((c) => ({ value: String(c.id), label: c.name })) },
    {
      name: "venueId",
      label: "Location",
      kind: "select",
      help: "Locations of the event's calendar; after moving the event to another calendar, save, then choose again.",
      options: [{ value: "", label: "None" }, ...ofCalendar(locations).map((l) => ({ value: String(l.id), label: l.name }))],
    },
    {
      name: "categoryIds",
      label: "Categories",
      kind: "checkboxes",
      options: ofCalendar(categories).map((c) => ({ value: String(c.id), label: c.name })),
    },
    { name: "status", label: "Status", kind: "select", options: EVENT_STATUSES.map((s) => ({ value: s, label: s })) },
    { name: "featured", label: "Featured", kind: "checkbox" },
    { name: "timeZone", label: "Time zone", help: "The event's own IANA zone; empty uses the location's, then the calendar's." },
    { name: "descriptionMarkupType", label: "Description markup", kind: "select", options: MARKUP_TYPES.map((m) => ({ value: m, label: m })) },
    { name: "description", label: "Description", kind: "textarea", rows: 8 },
    { name: "dtStart", label: "One-off start (UTC)", kind: "datetime", help: "The occurring rule; leave start and end empty for none." },
    { name: "dtEnd", label: "One-off end (UTC)", kind: "datetime", help: "For an all-day event, the last day (inclusive)." },
    { name: "allDay", label: "All day", kind: "checkbox" },
  ];
}

export function eventFormValues({ event }: AdminEventDetail): FieldValues {
  return {
    title: event.title,
    calendarId: String(event.calendarId),
    venueId: event.venueId === null ? "" : String(event.venueId),
    categoryIds: event.categories.map((c) => String(c.categoryId)),
    status: event.status,
    featured: event.featured,
    timeZone: event.timeZone ?? "",
    descriptionMarkupType: event.descriptionMarkupType === "markdown_unsafe" ? "markdown" : event.descriptionMarkupType,
    description: event.description,
    dtStart: local(event.occurringRule?.dtStart),
    dtEnd: local(event.occurringRule?.dtEnd),
    allDay: event.occurringRule?.allDay ?? false,
  };
}

export const recurringRuleInitial = (now: Date): FieldValues => ({
  begin: local(now),
  finish: local(new Date(now.getTime() + 90 * 86_400_000)),
  frequency: "2",
  interval: 1,
  duration: "2 hours",
  allDay: false,
});
