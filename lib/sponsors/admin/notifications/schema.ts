import { z } from "zod";
import { many, optionalInt, text } from "@/lib/platform/forms";
import { CONTACT_TYPES, NOTIFICATION_MESSAGES } from "@/lib/sponsors/notifications/constants";

export const notificationTemplateSchema = z.object({
  id: optionalInt(),
  internalName: text().pipe(z.string().min(1, "This field is required.").max(128)),
  subject: text().pipe(z.string().min(1, "This field is required.").max(128)),
  content: text().pipe(z.string().min(1, "This field is required.").max(100_000)),
});

/** SendSponsorshipNotificationForm: contact types required; a template or custom subject/content, exactly one. */
export const sendNotificationSchema = z
  .object({
    op: z.enum(["preview", "send"]),
    ids: many(z.coerce.number().int().positive()).pipe(
      z.array(z.number()).min(1, "Select at least one sponsorship."),
    ),
    contactTypes: many(z.enum(CONTACT_TYPES)).pipe(
      z.array(z.enum(CONTACT_TYPES)).min(1, "This field is required."),
    ),
    templateId: optionalInt(),
    subject: text().pipe(z.string().max(140)),
    content: text(),
  })
  .superRefine((v, ctx) => {
    const custom = Boolean(v.subject || v.content);
    if (!v.templateId && !custom)
      ctx.addIssue({ code: "custom", path: ["templateId"], message: NOTIFICATION_MESSAGES.none });
    if (v.templateId && custom)
      ctx.addIssue({ code: "custom", path: ["templateId"], message: NOTIFICATION_MESSAGES.both });
  });
