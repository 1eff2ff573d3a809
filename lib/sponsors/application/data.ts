import "server-only";
import { db } from "@/lib/platform/db";

/** SponsorshipApplicationForm's `sponsor` choices: sponsors where the user is a contact. */
export async function listContactSponsors(userId: number) {
  return db.sponsor.findMany({
    where: { contacts: { some: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The package, benefit names and prices step 2 shows for a selection. */
export async function describeSelection(packageId: number | null, benefitIds: number[]) {
  const [pkg, benefits] = await Promise.all([
    packageId
      ? db.sponsorshipPackage.findUnique({
          where: { id: packageId },
          select: { id: true, name: true, sponsorshipAmount: true },
        })
      : null,
    db.sponsorshipBenefit.findMany({
      where: { id: { in: benefitIds } },
      orderBy: [{ program: { order: "asc" } }, { order: "asc" }],
      select: {
        id: true,
        name: true,
        program: { select: { name: true } },
        packages: { select: { packageId: true } },
      },
    }),
  ]);
  return { pkg, benefits };
}

/** A sponsor the user is a contact of, or null (another's sponsor is not a choice). */
export async function getContactSponsor(sponsorId: number, userId: number) {
  return db.sponsor.findFirst({
    where: { id: sponsorId, contacts: { some: { userId } } },
    select: { id: true, name: true },
  });
}

export async function getUserEmail(userId: number): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
}

/** Sponsorship.verified_emails: the submitter and the contacts whose address is a verified account's, once each. */
export async function listApplicationRecipients(
  sponsorshipId: number,
  submitterEmail: string,
): Promise<string[]> {
  const sp = await db.sponsorship.findUnique({
    where: { id: sponsorshipId },
    select: {
      sponsor: {
        select: {
          contacts: { select: { email: true, user: { select: { email: true, emailVerified: true } } } },
        },
      },
    },
  });
  const emails = [submitterEmail];
  for (const c of sp?.sponsor?.contacts ?? [])
    if (c.user?.emailVerified && c.user.email.toLowerCase() === c.email.toLowerCase()) emails.push(c.email);
  return [...new Map(emails.map((e) => [e.toLowerCase(), e])).values()];
}

/** sponsorship_application_finished.html: the submitter's own new application and who was told. */
export async function getFinishedApplication(sponsorshipId: number, userId: number) {
  const sp = await db.sponsorship.findFirst({
    where: { id: sponsorshipId, submittedById: userId },
    select: { id: true, sponsor: { select: { name: true } }, submittedBy: { select: { email: true } } },
  });
  if (!sp || !sp.submittedBy) return null;
  return {
    sponsorName: sp.sponsor?.name ?? "",
    notified: await listApplicationRecipients(sp.id, sp.submittedBy.email),
  };
}
