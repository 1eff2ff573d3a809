import type { Metadata } from "next";
import { ModerationQueue } from "@/components/admin/moderation-queue";
import { Markup } from "@/components/ui/markup";
import { reviewEventAction } from "@/lib/events/admin/actions";
import { loadEventModerationQueue } from "@/lib/events/admin/loaders";

export const metadata: Metadata = { title: "Event submissions · Admin", robots: { index: false } };

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function EventModerationPage() {
  const pending = await loadEventModerationQueue();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Event submissions</h1>
      <ModerationQueue
        label="Events awaiting review"
        action={reviewEventAction}
        items={pending.map((e) => {
          const s = (e.submission ?? {}) as Record<string, string>;
          const start = e.occurringRule?.dtStart ?? e.recurringRules[0]?.begin;
          return {
            id: e.id,
            title: e.title,
            meta: `${e.calendar.name} · from ${e.creator?.username ?? "unknown"} · ${start ? when(start) : "no date"}${e.timeZone ? ` (${e.timeZone})` : ""}${e.recurringRules.length ? " · repeats" : ""}`,
            body: (
              <div className="space-y-1 text-sm">
                <p>
                  {[s.eventType, s.pythonFocus, s.expectedAttendees && `${s.expectedAttendees} expected`, s.location].filter(Boolean).join(" · ")}
                </p>
                {s.link && <p className="break-all">{s.link}</p>}
                <Markup html={e.descriptionRendered} />
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
