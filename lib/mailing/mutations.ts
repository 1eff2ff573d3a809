import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { sendMail, type MailMessage } from "@/lib/platform/mail";
import { getEmailTemplate } from "./data";
import { emailTemplateSchema, type EmailTemplateInput } from "./schema";
import { renderMailTemplate } from "./utils";

export async function upsertEmailTemplate(input: EmailTemplateInput) {
  const data = emailTemplateSchema.parse(input);
  try {
    return await db.emailTemplate.upsert({
      where: { internalName: data.internalName },
      create: data,
      update: { kind: data.kind, subject: data.subject, content: data.content },
      select: { id: true, internalName: true },
    });
  } catch (e) {
    throw fromPrismaError(e);
  }
}

/** Renders the stored template `internalName` with `context` and sends it (or stores it). */
export async function sendTemplatedMail(
  internalName: string,
  to: MailMessage["to"],
  context: Record<string, unknown>,
  extra: Pick<MailMessage, "replyTo" | "from"> = {},
) {
  const template = await getEmailTemplate(internalName);
  if (!template) throw new AppError("not_found", `No mail template named ${internalName}.`);
  const rendered = await renderMailTemplate(template, context);
  return sendMail({ ...extra, to, ...rendered, templateId: template.id });
}
