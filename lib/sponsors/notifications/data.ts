import "server-only";
import { db } from "@/lib/platform/db";

export const listNotificationTemplates = () =>
  db.sponsorEmailNotificationTemplate.findMany({
    orderBy: { internalName: "asc" },
    select: { id: true, internalName: true, subject: true, content: true, updatedAt: true },
  });

export const getNotificationTemplate = (id: number) =>
  db.sponsorEmailNotificationTemplate.findUnique({
    where: { id },
    select: { id: true, internalName: true, subject: true, content: true },
  });

export const notificationSponsorshipSelect = {
  id: true,
  status: true,
  levelNameOld: true,
  startDate: true,
  endDate: true,
  package: { select: { name: true } },
  sponsor: {
    select: {
      name: true,
      contacts: {
        select: { email: true, primary: true, administrative: true, accounting: true, manager: true },
      },
    },
  },
} as const;

/** The sponsorships the send form offers (not rejected), each saying whether it has an email-targetable benefit. */
export async function listNotifiableSponsorships() {
  const rows = await db.sponsorship.findMany({
    where: { status: { in: ["applied", "approved", "finalized"] } },
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      year: true,
      status: true,
      sponsor: { select: { name: true } },
      package: { select: { name: true } },
      _count: { select: { benefits: { where: { features: { some: { kind: "email_targetable" } } } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    status: r.status,
    sponsor: r.sponsor?.name ?? `Sponsorship ${r.id}`,
    package: r.package?.name ?? "",
    emailTargetable: r._count.benefits > 0,
  }));
}
