"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { moderationAction } from "@/lib/admin/services";
import { env } from "@/lib/platform/env";
import { importCalendarFeed } from "@/lib/events/ics/services";
import { decideEvent } from "@/lib/events/mutations";
import { eventCalendarsSection, eventModerationSection, eventPlacesSection } from "./constants";
import { createCategory, createLocation } from "./mutations";
import { calendarRefSchema, categoryFormSchema, locationFormSchema } from "./schema";

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
