import "server-only";
import { db } from "@/lib/platform/db";
import type { MailStatus } from "./constants";

export async function getEmailTemplate(internalName: string) {
  return db.emailTemplate.findUnique({
    where: { internalName },
    select: { id: true, internalName: true, kind: true, subject: true, content: true },
  });
}

const logSelect = {
  id: true,
  fromAddr: true,
  toAddrs: true,
  replyTo: true,
  subject: true,
  text: true,
  html: true,
  status: true,
  error: true,
  attempts: true,
  createdAt: true,
  sentAt: true,
} as const;

/**
 * The mail log for staff, newest first: every message (or those of one status), with the names,
 * types and sizes of its attachments (their bytes stay in storage).
 */
export async function listOutbox({
  status,
  page = 1,
  perPage = 50,
}: { status?: MailStatus; page?: number; perPage?: number } = {}) {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.emailLog.findMany({
      where,
      select: {
        ...logSelect,
        attachments: {
          select: { position: true, filename: true, contentType: true, size: true },
          orderBy: { position: "asc" },
        },
      },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.emailLog.count({ where }),
  ]);
  return { rows, total, page, perPage };
}

/** One attachment of a logged message, by the message and its position, for the staff download. */
export async function getEmailAttachment(emailId: number, position: number) {
  return db.emailAttachment.findUnique({
    where: { emailId_position: { emailId, position } },
    select: { filename: true, contentType: true, size: true, storageKey: true },
  });
}

export async function listEmailLog({
  status,
  page = 1,
  perPage = 50,
}: { status?: "queued" | "sent" | "failed" | "outbox"; page?: number; perPage?: number } = {}) {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.emailLog.findMany({
      where,
      select: logSelect,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.emailLog.count({ where }),
  ]);
  return { rows, total, page, perPage };
}
