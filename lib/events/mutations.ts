import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { EVENTS_MAILBOX, SUBMIT_RECURRENCE, eventsTags } from "./constants";
import { refreshOccurrences } from "./occurrence/mutations";
import type { EventSubmitInput } from "./schema";
import { durationText, eventPath } from "./utils";
import { fromWallClock } from "./zone/utils";

const DAY = 86_400_000;
const wall = (local: string) => new Date(`${local}:00Z`);

async function mail(message: Parameters<typeof sendMail>[0]) {
  try {
    await sendMail(message);
  } catch (e) {
    // The decision is committed; a mail that cannot even be logged must not undo it.
    log.error({ err: e, subject: message.subject }, "events mail failed");
  }
}

/** The submission's times as rules: a one-off, or a weekly/monthly rule until the last date. */
function rulesOf(input: EventSubmitInput) {
  const zone = input.allDay ? "UTC" : input.timeZone;
  const start = input.allDay ? wall(`${input.dateFrom.slice(0, 10)}T00:00`) : fromWallClock(wall(input.dateFrom), zone);
  const end = input.allDay ? wall(`${input.dateTo.slice(0, 10)}T00:00`) : fromWallClock(wall(input.dateTo), zone);
  const frequency = SUBMIT_RECURRENCE[input.recurrence];
  if (frequency === null) return { occurringRule: { create: { dtStart: start, dtEnd: end, allDay: input.allDay } } };
  const seconds = Math.round((end.getTime() - start.getTime()) / 1000) + (input.allDay ? 86_400 : 0);
  return {
    recurringRules: {
      create: [
        {
          begin: start,
          finish: new Date(wall(`${input.repeatUntil}T00:00`).getTime() + DAY),
          frequency,
          interval: 1,
          duration: durationText(seconds),
          durationInternalSeconds: seconds,
          allDay: input.allDay,
        },
      ],
    },
  };
}

/**
 * A signed-in visitor's submission (apps/events EventSubmit): stored as pending in the chosen
 * calendar, not published; events@ is told, from the site with the submitter as Reply-To.
 */
export async function submitEvent(input: EventSubmitInput, userId: number) {
  const [user, calendar] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, username: true } }),
    db.calendar.findUnique({ where: { id: input.calendarId }, select: { id: true, name: true } }),
  ]);
  if (!calendar) throw new AppError("validation_failed", "Choose a calendar.", { fields: { calendarId: ["Choose a calendar."] } });
  const event = await db.event.create({
    data: {
      calendarId: calendar.id,
      title: input.eventName,
      description: input.description,
      descriptionMarkupType: "plain",
      descriptionRendered: renderMarkup(input.description, "plain"),
      timeZone: input.allDay ? null : input.timeZone,
      status: "pending",
      creatorId: userId,
      submission: {
        eventType: input.eventType,
        pythonFocus: input.pythonFocus,
        expectedAttendees: input.expectedAttendees,
        location: input.location,
        link: input.link,
        recurrence: input.recurrence,
      },
      ...rulesOf(input),
    },
    select: { id: true },
  });
  await mail({
    to: EVENTS_MAILBOX,
    ...(user.email ? { replyTo: user.email } : {}),
    subject: `New event submission: "${input.eventName}"`,
    text: [
      `${user.username} submitted an event to the ${calendar.name}. It waits in the moderation queue.`,
      "",
      `Name: ${input.eventName}`,
      `Type: ${input.eventType}`,
      `Python focus: ${input.pythonFocus}`,
      `Expected attendees: ${input.expectedAttendees}`,
      `Location: ${input.location}`,
      `From: ${input.dateFrom} to ${input.dateTo}${input.allDay ? " (all day)" : ` (${input.timeZone})`}`,
      `Recurrence: ${input.recurrence}${input.repeatUntil ? ` until ${input.repeatUntil}` : ""}`,
      `Website: ${input.link}`,
      "",
      input.description,
    ].join("\n"),
  });
  return event;
}

export type EventDecision = { id: number; decision: "approve" | "reject"; comment: string };

/**
 * A moderator's decision on a pending event: approved, it is published in its calendar (its
 * occurrences expanded, the pages revalidated); rejected, it keeps the reason and never shows.
 * The submitter is mailed either way. A decided event is left as it is.
 */
export async function decideEvent({ id, decision, comment }: EventDecision, siteUrl: string) {
  const event = await db.event.findUnique({
    where: { id },
    select: { status: true, title: true, calendar: { select: { slug: true, name: true } }, creator: { select: { email: true } } },
  });
  if (!event) throw new AppError("not_found", "No such event.");
  if (event.status !== "pending") throw new AppError("conflict", "This event has already been decided.");
  const status = decision === "approve" ? "published" : "rejected";
  await db.event.update({ where: { id }, data: { status, reviewComment: comment } });
  if (status === "published") {
    await refreshOccurrences([id]);
    await revalidateDomain([eventsTags.events], { mode: "immediate" });
    await emit("search/document.changed", { type: "event", objectId: String(id) });
  }
  if (event.creator?.email) {
    const link = new URL(eventPath(event.calendar.slug, id), siteUrl).toString();
    await mail({
      to: event.creator.email,
      subject: decision === "approve" ? `Your event "${event.title}" is published` : `Your event "${event.title}" was not accepted`,
      text:
        decision === "approve"
          ? `Thank you for submitting "${event.title}". It is now listed in the ${event.calendar.name}:\n\n${link}\n${comment ? `\nA note from the moderators: ${comment}\n` : ""}`
          : `Thank you for submitting "${event.title}". The events team did not add it to the ${event.calendar.name}.\n\nReason: ${comment}\n`,
    });
  }
  return { id, status };
}
