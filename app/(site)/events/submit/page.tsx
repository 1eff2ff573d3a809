import type { Metadata } from "next";
import { SubmitEventForm } from "@/components/events/submit-form";
import { submitEventAction } from "@/lib/events/actions";
import { loadSubmitForm } from "@/lib/events/loaders";

export const metadata: Metadata = { title: "Submit an event", robots: { index: false } };

// GET /events/submit/ — EventSubmit: signed in only; the event waits for the events team.
export default async function SubmitEventPage() {
  const { calendars } = await loadSubmitForm();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Submit an event</h1>
      <p>
        Tell us about a Python conference, sprint, workshop or user-group meeting. The events team checks each submission
        before it appears on the calendar, and you will get an email when they decide.
      </p>
      <SubmitEventForm action={submitEventAction} calendars={calendars.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
