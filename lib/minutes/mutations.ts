import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { renderMarkup } from "@/lib/platform/markup";
import { MINUTES_PATH, minutesTags } from "./constants";
import type { MinutesInput } from "./schema";
import { formatMinutesDate, minutesPath } from "./utils";

const minutesSelect = { id: true, date: true, isPublished: true } as const;

/** One meeting per date (our unique index): a second one is an error on the date field. */
function mapWriteError(e: unknown, date: Date): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict" && mapped.fields?.date)
    return new AppError("validation_failed", "The request is not valid.", {
      fields: { date: [`There are already minutes for ${formatMinutesDate(date)}.`] },
    });
  return mapped;
}

const columns = (input: MinutesInput) => ({
  date: input.date,
  content: input.content,
  contentMarkupType: input.contentMarkupType,
  contentRendered: renderMarkup(input.content, input.contentMarkupType),
  isPublished: input.isPublished,
});

// Publishing must show at once (the archive, the day's page, its year's list and the feed all
// read the one tag); the CDN drops the section's pages by path too.
const afterWrite = (...dates: Date[]) =>
  revalidateDomain([minutesTags.minutes], {
    mode: "immediate",
    paths: [MINUTES_PATH, `${MINUTES_PATH}feed/`, ...new Set(dates.map(minutesPath))],
  });

export async function createMinutes(input: MinutesInput, userId: number | null) {
  const row = await db.minutes
    .create({
      data: { ...columns(input), creatorId: userId, lastModifiedById: userId },
      select: minutesSelect,
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e, input.date)));
  await afterWrite(row.date);
  return row;
}

/** Throws AppError not_found when the minutes are gone, a date error when the day is taken. */
export async function updateMinutes(id: number, input: MinutesInput, userId: number | null) {
  const before = await db.minutes.findUnique({ where: { id }, select: { date: true } });
  if (!before) throw new AppError("not_found", "Not found.");
  const row = await db.minutes
    .update({ where: { id }, data: { ...columns(input), lastModifiedById: userId }, select: minutesSelect })
    .catch((e: unknown) => Promise.reject(mapWriteError(e, input.date)));
  await afterWrite(before.date, row.date);
  return row;
}

export async function deleteMinutes(id: number): Promise<void> {
  const row = await db.minutes
    .delete({ where: { id }, select: { date: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite(row.date);
}
