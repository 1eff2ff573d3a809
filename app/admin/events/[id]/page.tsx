import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { RecurringRules } from "@/components/events/admin/recurring-rules";
import { addRecurringRuleAction, saveEventAction } from "@/lib/events/admin/actions";
import { recurringRuleFields } from "@/lib/events/admin/constants";
import { loadAdminEvent } from "@/lib/events/admin/loaders";
import { eventFields, eventFormValues, recurringRuleInitial } from "@/lib/events/admin/utils";

export const metadata: Metadata = { title: "Event · Admin", robots: { index: false } };

// EventAdmin's change form with its occurring rule (in the form) and recurring rules (inline).
export default async function AdminEventPage({ params }: { params: Promise<{ id: string }> }) {
  const detail = await loadAdminEvent((await params).id);
  const { event } = detail;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{event.title}</h1>
        {event.status === "published" && (
          <Link className="link" href={`/events/${event.calendar.slug}/${event.id}/`}>
            View on the site
          </Link>
        )}
        <Link className="link" href="/admin/events/">
          All events
        </Link>
      </div>
      <p className="text-sm" data-testid="occurrence-count">
        {event._count.occurrences} occurrence{event._count.occurrences === 1 ? "" : "s"} in the listings window.
        {event.uid && ` Imported from the calendar feed (UID ${event.uid}): the next import may overwrite changes.`}
      </p>
      <ModelForm
        action={saveEventAction}
        fields={eventFields(detail)}
        initial={eventFormValues(detail)}
        hidden={{ id: event.id }}
        submitLabel="Save event"
        label="Event"
        className="card bg-base-200 max-w-2xl space-y-3 p-6"
      />
      <section className="space-y-3" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-xl font-semibold">
          Recurring rules
        </h2>
        <RecurringRules eventId={event.id} rules={event.recurringRules} />
        <ModelForm
          action={addRecurringRuleAction}
          fields={recurringRuleFields}
          initial={recurringRuleInitial(new Date())}
          hidden={{ eventId: event.id }}
          title="Add a recurring rule"
          label="Add a recurring rule"
          idPrefix="rule"
          submitLabel="Add rule"
          className="card bg-base-200 max-w-2xl space-y-3 p-6"
        />
      </section>
    </div>
  );
}
