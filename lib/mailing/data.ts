import "server-only";
import { db } from "@/lib/platform/db";

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

/** The stored outbox (no SMTP_URL configured), newest first, for staff. */
export async function listOutbox({ page = 1, perPage = 50 }: { page?: number; perPage?: number } = {}) {
  const where = { status: "outbox" as const };
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
