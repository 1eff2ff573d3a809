import "server-only";
import { db } from "@/lib/platform/db";

const select = {
  id: true,
  internalName: true,
  kind: true,
  subject: true,
  content: true,
  updatedAt: true,
} as const;

export async function listMailTemplates() {
  return db.emailTemplate.findMany({ select, orderBy: { internalName: "asc" } });
}

export async function getMailTemplate(id: number) {
  return db.emailTemplate.findUnique({ where: { id }, select });
}
