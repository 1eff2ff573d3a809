"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { moderationAction } from "@/lib/admin/services";
import { env } from "@/lib/platform/env";
import { importCalendarFeed } from "@/lib/events/ics/services";
import { decideEvent } from "@/lib/events/mutations";
import { eventCalendarsSection, eventModerationSection, eventPlacesSection, eventsSection } from "./constants";
import { addRecurringRule, createCategory, createLocation, deleteRecurringRule, updateEvent } from "./mutations";
import {
  calendarRefSchema,
  categoryFormSchema,
  eventFormSchema,
  locationFormSchema,
  recurringRuleFormSchema,
  recurringRuleRefSchema,
} from "./schema";

/** Approve (published into its calendar) or reject with a reason; the submitter is mailed. */
export const reviewEventAction = moderationAction({
  name: "admin.events.review",
  allowed: eventModerationSection.allowed,
  targetType: "event",
  queuePath: "/admin/events/moderation/",
  decide: async (decision) => {
    await decideEvent(decision, env.SITE_URL);
  },
});

/** "Import now": the calendar's feed fetched and imported at once (as the hourly cron does). */
export const importCalendarAction = asFormAction(
  defineAction({
    name: "admin.events.import",
    gate: adminGate(eventCalendarsSection.allowed),
    schema: calendarRefSchema,
    handler: ({ input }) => importCalendarFeed(input.id),
    audit: ({ input }) => ({ action: "calendar.imported", targetType: "calendar", targetId: input.id }),
    revalidate: () => ["/admin/events/calendars/"],
  }),
);

export const saveCategoryAction = defineAction({
  name: "admin.events.category",
  gate: adminGate(eventPlacesSection.allowed),
  schema: categoryFormSchema,
  handler: ({ input }) => createCategory(input),
  audit: (_c, row) => ({ action: "eventcategory.created", targetType: "eventcategory", targetId: row.id }),
  revalidate: () => ["/admin/events/places/"],
  done: (): FormState => ({ done: "Category added." }),
});

export const saveLocationAction = defineAction({
  name: "admin.events.location",
  gate: adminGate(eventPlacesSection.allowed),
  schema: locationFormSchema,
  handler: ({ input }) => createLocation(input),
  audit: (_c, row) => ({ action: "eventlocation.created", targetType: "eventlocation", targetId: row.id }),
  revalidate: () => ["/admin/events/places/"],
  done: (): FormState => ({ done: "Location added." }),
});

const eventGate = adminGate(eventsSection.allowed);
const eventPath = (id: number) => `/admin/events/${id}/`;

/** EventAdmin's change form: fields and the one-off rule; occurrences refreshed on save. */
export const saveEventAction = defineAction({
  name: "admin.events.event",
  gate: eventGate,
  denied: "You may not manage events.",
  schema: eventFormSchema,
  handler: ({ input }) => updateEvent(input.id, input.input),
  audit: ({ input }) => ({ action: "event.updated", targetType: "event", targetId: input.id }),
  revalidate: ({ input }) => [eventPath(input.id), "/admin/events/"],
  done: (_row, { values }): FormState => ({ done: "Event saved.", values }),
});

/** RecurringRuleInline: a rule added under the event. */
export const addRecurringRuleAction = defineAction({
  name: "admin.events.rule",
  gate: eventGate,
  denied: "You may not manage events.",
  schema: recurringRuleFormSchema,
  handler: ({ input }) => addRecurringRule(input),
  audit: ({ input }, row) => ({ action: "recurringrule.created", targetType: "event", targetId: input.eventId, detail: { ruleId: row.id } }),
  revalidate: ({ input }) => [eventPath(input.eventId)],
  done: (): FormState => ({ done: "Recurring rule added." }),
});

export const deleteRecurringRuleAction = asFormAction(
  defineAction({
    name: "admin.events.rule",
    gate: eventGate,
    schema: recurringRuleRefSchema,
    handler: ({ input }) => deleteRecurringRule(input.ruleId, input.eventId),
    audit: ({ input }) => ({ action: "recurringrule.deleted", targetType: "event", targetId: input.eventId, detail: { ruleId: input.ruleId } }),
    revalidate: ({ input }) => [eventPath(input.eventId)],
  }),
);
