import "server-only";
import { db } from "@/lib/platform/db";

export const sponsorInfoSelect = {
  id: true,
  name: true,
  description: true,
  landingPageUrl: true,
  twitterHandle: true,
  linkedInPageUrl: true,
  webLogo: true,
  whiteLogo: true,
  printLogo: true,
  primaryPhone: true,
  mailingAddressLine1: true,
  mailingAddressLine2: true,
  city: true,
  state: true,
  postalCode: true,
  country: true,
  countryOfIncorporation: true,
  stateOfIncorporation: true,
  contacts: {
    orderBy: { id: "asc" as const },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      primary: true,
      administrative: true,
      accounting: true,
      manager: true,
      user: { select: { username: true } },
    },
  },
} as const;

/**
 * UpdateSponsorInfoView.get_queryset: the sponsors of the person's visible sponsorships
 * (superusers any); null for anyone else's sponsor.
 */
export async function getEditableSponsor(id: number, viewer: { userId: number; isSuperuser: boolean }) {
  return db.sponsor.findFirst({
    where: {
      id,
      ...(viewer.isSuperuser
        ? {}
        : {
            sponsorships: {
              some: {
                status: { in: ["applied", "approved", "finalized"] },
                OR: [
                  { submittedById: viewer.userId },
                  { sponsor: { contacts: { some: { userId: viewer.userId } } } },
                ],
              },
            },
          }),
    },
    select: sponsorInfoSelect,
  });
}
export type EditableSponsor = NonNullable<Awaited<ReturnType<typeof getEditableSponsor>>>;

/** edit_sponsor_info_implicit: the sponsors where the person is a contact. */
export const listContactSponsorsOf = (userId: number) =>
  db.sponsor.findMany({
    where: { contacts: { some: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

export const getUserEmail = async (userId: number) =>
  (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? "";
