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
