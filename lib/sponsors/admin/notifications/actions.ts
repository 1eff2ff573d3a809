"use server";

import { defineAction } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import {
  previewSponsorshipNotifications,
  saveNotificationTemplate,
  sendSponsorshipNotifications,
} from "@/lib/sponsors/notifications/mutations";
import { notificationTemplateSchema, sendNotificationSchema } from "./schema";

const gate = adminGate(sponsorshipsSection.allowed);
const denied = "You may not manage sponsorships.";

export const saveNotificationTemplateAction = defineAction({
  name: "admin.sponsors.notification_template",
  gate,
  denied,
  schema: notificationTemplateSchema,
  handler: async ({ input: { id, ...rest }, principal, origin }) => {
    await saveNotificationTemplate(id ?? null, rest, { actorId: principal.userId, origin });
    return { done: `Notification template "${rest.internalName}" was saved.` };
  },
  revalidate: () => ["/admin/sponsors/notifications/"],
});

/** "Send notifications to selected": preview (nothing sent) or send. */
export const sendNotificationsAction = defineAction({
  name: "admin.sponsors.send_notifications",
  gate,
  denied,
  schema: sendNotificationSchema,
  handler: async ({ input, principal, origin }) => {
    const choice = input.templateId
      ? { templateId: input.templateId }
      : { subject: input.subject, content: input.content };
    if (input.op === "preview") {
      const mails = await previewSponsorshipNotifications(input.ids, input.contactTypes, choice);
      return {
        done: mails
          .map((m) =>
            m.to.length
              ? `To ${m.to.join(", ")} (${m.sponsor}):\nSubject: ${m.subject}\n\n${m.text}`
              : `${m.sponsor}: no contact of the chosen types, nothing would be sent.`,
          )
          .join("\n\n———\n\n"),
      };
    }
    const r = await sendSponsorshipNotifications(input.ids, input.contactTypes, choice, {
      actorId: principal.userId,
      origin,
    });
    return { done: `Sent to ${r.sent} sponsorships (${r.skipped} had no contact of the chosen types).` };
  },
  revalidate: () => ["/admin/mail/"],
});
