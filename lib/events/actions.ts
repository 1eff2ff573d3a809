"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { submitEvent } from "./mutations";
import { eventSubmitSchema } from "./schema";

/** EventSubmit: signed in only; stored as pending for the moderators, then the thanks page. */
export const submitEventAction = defineAction({
  name: "events.submit",
  gate: "signed-in",
  signedOut: "Please sign in to submit an event.",
  rateLimit: { name: "event-submit", by: "user", message: "You have submitted a lot of events this hour. Try again later." },
  honeypot: { field: "website", answer: (): FormState => ({ done: "Thank you.", redirectTo: "/events/submit/thanks/" }) },
  schema: eventSubmitSchema,
  handler: ({ input, principal }) => submitEvent(input, principal.userId),
  audit: (_c, row) => ({ action: "event.submitted", targetType: "event", targetId: row.id }),
  done: (): FormState => ({ done: "Thank you.", redirectTo: "/events/submit/thanks/" }),
});
