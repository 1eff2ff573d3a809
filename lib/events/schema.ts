/** The event submission form (apps/events/forms.py EventForm, plus start/end with a zone and a recurrence). */
import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";
import { isTimeZone } from "./zone/utils";

const required = (label: string, max: number) =>
  text().pipe(z.string().min(1, `Enter the ${label}.`).max(max, `Use at most ${max} characters.`));
const localDateTime = (label: string) =>
  text().pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter the ${label} as a date and time.`));

export const eventSubmitSchema = z
  .object({
    calendarId: z.coerce.number("Choose a calendar.").int("Choose a calendar.").positive("Choose a calendar."),
    // apps/events/views.py: a newline in the name would reach the mail's subject header.
    eventName: required("event's name", 200).refine((v) => !/[\r\n]/.test(v), "Invalid header found."),
    eventType: required("type of event", 100),
    pythonFocus: required("Python focus", 100),
    expectedAttendees: required("expected number of attendees", 50),
    location: required("location", 255),
    timeZone: text().pipe(z.string().refine(isTimeZone, "Choose a time zone such as Europe/Berlin.")),
    dateFrom: localDateTime("start"),
    dateTo: localDateTime("end"),
    allDay: checkbox(),
    recurrence: z.enum(["none", "weekly", "monthly"], "Choose how often the event happens.").default("none"),
    repeatUntil: text().pipe(z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "Enter the last date as YYYY-MM-DD.")),
    link: text().pipe(
      z
        .string()
        .max(200, "Use at most 200 characters.")
        .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v) && URL.canParse(v), "Enter a web address starting with https:// or http://."),
    ),
    description: required("description", 10_000),
  })
  .superRefine((v, ctx) => {
    if (v.dateTo < v.dateFrom) ctx.addIssue({ code: "custom", path: ["dateTo"], message: "The end must not be before the start." });
    if (v.recurrence !== "none" && !v.repeatUntil)
      ctx.addIssue({ code: "custom", path: ["repeatUntil"], message: "Enter the last date of a repeating event." });
    if (v.repeatUntil && v.repeatUntil < v.dateFrom.slice(0, 10))
      ctx.addIssue({ code: "custom", path: ["repeatUntil"], message: "The last date must not be before the start." });
  });
export type EventSubmitInput = z.output<typeof eventSubmitSchema>;

/** The profile settings' events block: the daily mail of the next day's events. */
export const digestSettingSchema = z.object({ digest: checkbox() });
