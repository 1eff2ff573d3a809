import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { eventsTags } from "@/lib/events/constants";
import { refreshOccurrences } from "@/lib/events/occurrence/mutations";
import type { CategoryInput, EventFormInput, LocationInput, RecurringRuleInput } from "./schema";

/** Throws AppError conflict when the slug is taken (slugs are unique across calendars, as Django's). */
export async function createCategory(input: CategoryInput) {
  const row = await db.eventCategory
    .create({
      data: { calendarId: input.calendarId, name: input.name, slug: slugify(input.name) },
      select: { id: true },
    })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await revalidateDomain([eventsTags.events]);
  return row;
}

export async function createLocation(input: LocationInput) {
  const row = await db.eventLocation.create({
    data: {
      calendarId: input.calendarId,
      name: input.name,
      address: input.address || null,
      url: input.url || null,
      timeZone: input.timeZone || null,
    },
    select: { id: true },
  });
  await revalidateDomain([eventsTags.events]);
  return row;
}

async function afterEventChange(eventId: number) {
  // The occurrences window follows the rules at once, so the listings are right on the next render.
  await refreshOccurrences([eventId]);
  await revalidateDomain([eventsTags.events], { mode: "immediate" });
  await emit("search/document.changed", { type: "event", objectId: String(eventId) });
}

function refuse(field: string, message: string): never {
  throw new AppError("validation_failed", message, { fields: { [field]: [message] } });
}

/**
 * Saves EventAdmin's change form: the event's fields, its categories and its one-off rule (kept,
 * changed or removed), in one transaction; then its occurrences, caches and search document.
 * The location and categories must belong to the chosen calendar.
 */
export async function updateEvent(id: number, input: EventFormInput) {
  const [event, venue, categories] = await Promise.all([
    db.event.findUnique({ where: { id }, select: { id: true } }),
    input.venueId === null ? null : db.eventLocation.findUnique({ where: { id: input.venueId }, select: { calendarId: true } }),
    db.eventCategory.findMany({ where: { id: { in: input.categoryIds } }, select: { id: true, calendarId: true } }),
  ]);
  if (!event) throw new AppError("not_found", "No such event.");
  if (input.venueId !== null && venue?.calendarId !== input.calendarId) refuse("venueId", "Choose a location of the event's calendar.");
  if (categories.length !== new Set(input.categoryIds).size || categories.some((c) => c.calendarId !== input.calendarId))
    refuse("categoryIds", "Choose categories of the event's calendar.");
  const oneOff =
    input.dtStart && input.dtEnd ? { dtStart: input.dtStart, dtEnd: input.dtEnd, allDay: input.allDay } : null;
  await db.$transaction([
    db.event.update({
      where: { id },
      data: {
        title: input.title,
        calendarId: input.calendarId,
        venueId: input.venueId,
        description: input.description,
        descriptionMarkupType: input.descriptionMarkupType,
        descriptionRendered: renderMarkup(input.description, input.descriptionMarkupType),
        featured: input.featured,
        timeZone: input.timeZone || null,
        status: input.status,
      },
    }),
    db.eventCategoryEvent.deleteMany({ where: { eventId: id } }),
    db.eventCategoryEvent.createMany({ data: categories.map((c) => ({ eventId: id, categoryId: c.id })) }),
    oneOff
      ? db.occurringRule.upsert({ where: { eventId: id }, create: { eventId: id, ...oneOff }, update: oneOff })
      : db.occurringRule.deleteMany({ where: { eventId: id } }),
  ]);
  await afterEventChange(id);
  return { id };
}

export async function addRecurringRule(input: RecurringRuleInput) {
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: { id: true } });
  if (!event) throw new AppError("not_found", "No such event.");
  const rule = await db.recurringRule.create({
    data: {
      eventId: input.eventId,
      begin: input.begin,
      finish: input.finish,
      frequency: input.frequency,
      interval: input.interval,
      duration: input.duration,
      durationInternalSeconds: input.durationInternalSeconds,
      allDay: input.allDay,
    },
    select: { id: true },
  });
  await afterEventChange(input.eventId);
  return rule;
}

export async function deleteRecurringRule(ruleId: number, eventId: number) {
  const { count } = await db.recurringRule.deleteMany({ where: { id: ruleId, eventId } });
  if (count === 0) throw new AppError("not_found", "No such rule.");
  await afterEventChange(eventId);
  return { id: ruleId };
}
