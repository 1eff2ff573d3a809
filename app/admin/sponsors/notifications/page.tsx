import type { Metadata } from "next";
import Link from "next/link";
import {
  NotificationTemplateForm,
  SendNotificationsForm,
} from "@/components/sponsors/admin/notification-forms";
import {
  saveNotificationTemplateAction,
  sendNotificationsAction,
} from "@/lib/sponsors/admin/notifications/actions";
import { loadSponsorNotifications } from "@/lib/sponsors/admin/notifications/loaders";

export const metadata: Metadata = { title: "Sponsor notifications · Admin", robots: { index: false } };

/** SponsorEmailNotificationTemplate admin and "Send notifications to selected" (§5.5, §5.9). */
export default async function SponsorNotificationsPage() {
  const { templates, sponsorships } = await loadSponsorNotifications();
  return (
    <div className="space-y-8">
      <Link href="/admin/sponsors/" className="link">
        ← Sponsorships
      </Link>
      <h1 className="text-3xl font-bold">Sponsor notifications</h1>
      <section aria-labelledby="send" className="space-y-3">
        <h2 id="send" className="text-xl font-semibold">
          Send notifications to selected sponsorships
        </h2>
        <SendNotificationsForm
          templates={templates}
          sponsorships={sponsorships}
          send={sendNotificationsAction}
        />
      </section>
      <section aria-labelledby="templates" className="space-y-3">
        <h2 id="templates" className="text-xl font-semibold">
          Notification templates
        </h2>
        {templates.map((t) => (
          <NotificationTemplateForm key={t.id} template={t} save={saveNotificationTemplateAction} />
        ))}
        <NotificationTemplateForm template={null} save={saveNotificationTemplateAction} />
      </section>
    </div>
  );
}
