import "server-only";
import { db } from "@/lib/platform/db";
import { fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { eventsTags } from "@/lib/events/constants";
import type { CategoryInput, LocationInput } from "./schema";

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
