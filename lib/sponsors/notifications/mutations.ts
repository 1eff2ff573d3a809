import "server-only";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sendMail, type MailMessage } from "@/lib/platform/mail";
import { getNotificationTemplate, notificationSponsorshipSelect } from "./data";
import {
  notificationContext,
  notificationLog,
  notificationTemplateError,
  recipientsFor,
  renderNotification,
} from "./utils";
import type { ContactType } from "./constants";

type Actor = { actorId: number | null; origin?: AuditOrigin };
export type TemplateInput = { internalName: string; subject: string; content: string };

function checkTemplate(t: { subject: string; content: string }) {
  const error = notificationTemplateError(t);
  if (error)
    throw new AppError("validation_failed", "The template does not parse.", { fields: { content: [error] } });
}

/** The notification template admin: create (id null) or change one; it must parse. */
export async function saveNotificationTemplate(id: number | null, input: TemplateInput, actor: Actor) {
  checkTemplate(input);
  const row = id
    ? await db.sponsorEmailNotificationTemplate.update({ where: { id }, data: input, select: { id: true } })
    : await db.sponsorEmailNotificationTemplate.create({ data: input, select: { id: true } });
  await recordAudit({
    action: id ? "sponsors.notification_template.updated" : "sponsors.notification_template.created",
    actorId: actor.actorId,
    targetType: "sponsor_notification_template",
    targetId: row.id,
    ip: actor.origin?.ip,
    userAgent: actor.origin?.userAgent,
  });
  return row.id;
}

export type NotificationChoice = { templateId: number } | { subject: string; content: string };

async function chosenTemplate(choice: NotificationChoice) {
  if ("templateId" in choice) {
    const t = await getNotificationTemplate(choice.templateId);
    if (!t)
      throw new AppError("validation_failed", "Select a valid choice.", {
        fields: { templateId: ["Select a valid choice."] },
      });
    return t;
  }
  checkTemplate(choice);
  return { internalName: "", ...choice };
}

async function sponsorships(ids: number[]) {
  return db.sponsorship.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: notificationSponsorshipSelect,
  });
}

/** The preview: each selected sponsorship's recipients and mail, nothing sent. */
export async function previewSponsorshipNotifications(
  ids: number[],
  types: ContactType[],
  choice: NotificationChoice,
) {
  const t = await chosenTemplate(choice);
  return Promise.all(
    (await sponsorships(ids)).map(async (s) => ({
      id: s.id,
      sponsor: s.sponsor?.name ?? "",
      to: recipientsFor(s.sponsor?.contacts ?? [], types),
      ...(await renderNotification(t, notificationContext(s))),
    })),
  );
}

/**
 * SendSponsorshipNotificationUseCase: per sponsorship, the template rendered with its context and
 * mailed to its contacts of the chosen types (none: skipped), each send in the audit log as
 * "Notification '<name>' was sent to contacts: …".
 */
export async function sendSponsorshipNotifications(
  ids: number[],
  types: ContactType[],
  choice: NotificationChoice,
  actor: Actor,
  send: (m: MailMessage) => Promise<unknown> = sendMail,
) {
  const t = await chosenTemplate(choice);
  let sent = 0;
  for (const s of await sponsorships(ids)) {
    const to = recipientsFor(s.sponsor?.contacts ?? [], types);
    if (!to.length) continue;
    const mail = await renderNotification(t, notificationContext(s));
    await send({ to, subject: mail.subject, text: mail.text });
    await recordAudit({
      action: "sponsors.sponsorship.notified",
      actorId: actor.actorId,
      targetType: "sponsorship",
      targetId: s.id,
      ip: actor.origin?.ip,
      userAgent: actor.origin?.userAgent,
      detail: { message: notificationLog(t.internalName, types), recipients: to.length },
    });
    sent++;
  }
  return { sent, skipped: ids.length - sent };
}
