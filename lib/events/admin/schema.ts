import { z } from "zod";
import { checkbox, many, text } from "@/lib/platform/forms";
import { isTimeZone } from "@/lib/events/zone/utils";

export const calendarRefSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const name = (max: number) =>
  text().pipe(z.string().min(1, "Enter a name.").max(max, `Use at most ${max} characters.`));
const calendarId = z.coerce
  .number("Choose a calendar.")
  .int("Choose a calendar.")
  .positive("Choose a calendar.");

/** EventCategory (NameSlugModel): the slug comes from the name, as Django's. */
export const categoryFormSchema = z.object({ calendarId, name: name(200) });
export type CategoryInput = z.output<typeof categoryFormSchema>;

/** EventLocation: name, address, a web page and the venue's IANA zone (optional). */
export const locationFormSchema = z.object({
  calendarId,
  name: name(255),
  address: text().pipe(z.string().max(255, "Use at most 255 characters.")),
  url: text().pipe(
    z
      .string()
      .max(1000)
      .refine(
        (v) => v === "" || (/^https?:\/\//i.test(v) && URL.canParse(v)),
        "Enter a web address starting with https:// or http://.",
      ),
  ),
  timeZone: text().pipe(
    z
      .string()
      .refine(
        (v) => v === "" || isTimeZone(v),
        "Enter an IANA zone such as Europe/Berlin, or leave it empty.",
      ),
  ),
});
export type LocationInput = z.output<typeof locationFormSchema>;

const MAX_ID = 2 ** 31 - 1;
const id = (message: string) => z.coerce.number(message).int(message).positive(message).max(MAX_ID, message);
const UTC_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
// The admin's datetime-local fields are UTC (their labels say so), as the Django admin stores them.
const utc = (label: string) =>
  text()
    .pipe(z.string().regex(UTC_LOCAL, `Enter the ${label} as a date and time.`))
    .transform((v) => new Date(`${v}:00Z`));
const optionalUtc = (label: string) =>
  text()
    .pipe(z.union([z.literal(""), z.string().regex(UTC_LOCAL, `Enter the ${label} as a date and time, or leave it empty.`)]))
    .transform((v) => (v ? new Date(`${v}:00Z`) : null));
const zone = text().pipe(
  z.string().refine((v) => v === "" || isTimeZone(v), "Enter an IANA zone such as Europe/Berlin, or leave it empty."),
);

export const EVENT_STATUSES = ["published", "pending", "rejected"] as const;
export const MARKUP_TYPES = ["restructuredtext", "markdown", "html", "plain"] as const;

/**
 * EventAdmin's change form: the event's fields and, inline, its one-off OccurringRule (start and
 * end in UTC, both or neither; all-day ends on its last day, inclusive, as Django stores it).
 */
export const eventFormSchema = z
  .object({
    id: id("No such event."),
    title: name(200),
    calendarId,
    venueId: text()
      .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,9}$/, "Choose a location.")]))
      .transform((v) => (v ? Number(v) : null)),
    categoryIds: many(z.coerce.number().int().positive().max(MAX_ID)),
    description: text().pipe(z.string().max(100_000, "Use at most 100,000 characters.")),
    descriptionMarkupType: z.enum(MARKUP_TYPES, "Choose a markup type."),
    featured: checkbox(),
    timeZone: zone,
    status: z.enum(EVENT_STATUSES, "Choose a status."),
    dtStart: optionalUtc("start"),
    dtEnd: optionalUtc("end"),
    allDay: checkbox(),
  })
  .superRefine((v, ctx) => {
    if (v.dtStart && !v.dtEnd) ctx.addIssue({ code: "custom", path: ["dtEnd"], message: "Enter the end too, or clear the start." });
    if (!v.dtStart && v.dtEnd) ctx.addIssue({ code: "custom", path: ["dtStart"], message: "Enter the start too, or clear the end." });
    if (v.dtStart && v.dtEnd && v.dtEnd < v.dtStart)
      ctx.addIssue({ code: "custom", path: ["dtEnd"], message: "The end must not be before the start." });
  })
  .transform(({ id, ...input }) => ({ id, input }));
export type EventFormInput = z.output<typeof eventFormSchema>["input"];

/** "2 hours", "90 min", "1 day, 02:30:00", "1w 2d 3h 30m", "02:30" → seconds (null if unreadable). */
export function parseDuration(v: string): number | null {
  const s = v.trim().toLowerCase();
  const clock = /^(?:(\d+)\s*days?,?\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (clock) return Number(clock[1] ?? 0) * 86_400 + Number(clock[2]) * 3600 + Number(clock[3]) * 60 + Number(clock[4] ?? 0);
  const units: Record<string, number> = { w: 604_800, d: 86_400, h: 3600, m: 60, s: 1 };
  const parts = [...s.matchAll(/(\d+)\s*(weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("").replace(/\s/g, "") !== s.replace(/[\s,]/g, "")) return null;
  return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]![0]!]!, 0);
}

/** A RecurringRule under the event's form: dateutil frequency, interval, UTC begin and finish, duration. */
export const recurringRuleFormSchema = z
  .object({
    eventId: id("No such event."),
    begin: utc("first start"),
    finish: utc("last date"),
    frequency: z.enum(["0", "1", "2", "3"], "Choose how often it repeats.").transform(Number),
    interval: z.coerce.number("Enter a whole number from 1 to 1000.").int("Enter a whole number from 1 to 1000.").min(1, "Enter a whole number from 1 to 1000.").max(1000, "Enter a whole number from 1 to 1000."),
    duration: text().pipe(z.string().min(1, "Enter how long each time lasts, e.g. 2 hours.").max(50, "Use at most 50 characters.")),
    allDay: checkbox(),
  })
  .transform((v, ctx) => {
    const seconds = parseDuration(v.duration);
    if (seconds === null || seconds <= 0 || seconds > 366 * 86_400) {
      ctx.addIssue({ code: "custom", path: ["duration"], message: "Enter a duration such as 2 hours, 90 min or 1 day, 02:30:00." });
      return z.NEVER;
    }
    if (v.finish <= v.begin) {
      ctx.addIssue({ code: "custom", path: ["finish"], message: "The last date must be after the first start." });
      return z.NEVER;
    }
    return { ...v, durationInternalSeconds: seconds };
  });
export type RecurringRuleInput = z.output<typeof recurringRuleFormSchema>;

export const recurringRuleRefSchema = z.object({ ruleId: id("No such rule."), eventId: id("No such event.") });
