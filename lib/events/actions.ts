"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { setDigestSubscription } from "./digest/mutations";
import { submitEvent } from "./mutations";
import { digestSettingSchema, eventSubmitSchema } from "./schema";

/** EventSubmit: signed in only; stored as pending for the moderators, then the thanks page. */
export const submitEventAction = defineAction({
  name: "events.submit",
  gate: "signed-in",
  signedOut: "Please sign in to submit an event.",
  rateLimit: { name: "event-submit", by: "user", message: "You have submitted a lot of events this hour. Try again later." },
  honeypot: true,
  schema: eventSubmitSchema,
  handler: ({ input, principal }) => submitEvent(input, principal.userId),
  audit: (_c, row) => ({ action: "event.submitted", targetType: "event", targetId: row.id }),
  done: (): FormState => ({ done: "Thank you.", redirectTo: "/events/submit/thanks/" }),
});

/** The daily mail of the next day's events: on or off, for the signed-in person (/users/edit/). */
export const setDigestAction = defineAction({
  name: "events.digest",
  gate: "signed-in",
  signedOut: "Please sign in to change your settings.",
  schema: digestSettingSchema,
  handler: ({ input, principal }) => setDigestSubscription(principal.userId, input.digest),
  audit: ({ principal }, row) => ({ action: row.subscribed ? "events.digest_on" : "events.digest_off", targetType: "user", targetId: principal.userId }),
  done: (row, { values }): FormState => ({
    done: row.subscribed ? "You will get the next day's events by mail every day." : "You will get no more daily event mail.",
    values,
  }),
});
