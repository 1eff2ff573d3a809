"use server";

import { asFormAction, defineAction } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { moderationAction } from "@/lib/admin/services";
import { env } from "@/lib/platform/env";
import { importCalendarFeed } from "@/lib/events/ics/services";
import { decideEvent } from "@/lib/events/mutations";
import { eventCalendarsSection, eventModerationSection } from "./constants";
import { calendarRefSchema } from "./schema";

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
