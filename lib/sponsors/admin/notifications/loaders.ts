import "server-only";
import { requireAdmin } from "@/lib/admin/loaders";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { listNotifiableSponsorships, listNotificationTemplates } from "@/lib/sponsors/notifications/data";

/** SponsorEmailNotificationTemplate admin and the "send notifications to selected" form. */
export async function loadSponsorNotifications() {
  await requireAdmin("/admin/sponsors/notifications/", sponsorshipsSection);
  const [templates, sponsorships] = await Promise.all([
    listNotificationTemplates(),
    listNotifiableSponsorships(),
  ]);
  return { templates, sponsorships };
}
