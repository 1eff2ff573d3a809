import "server-only";
import type { LogoPlace, LogoPublisher } from "@/lib/generated/prisma/client";
import { db, type Prisma } from "@/lib/platform/db";

/** The calendar date of `now` in the server's zone, as the UTC midnight a DATE column holds. */
export const dateOnly = (now: Date) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

/** SponsorshipQuerySet.in_progress(): applied or approved. */
export const inProgressWhere = {
  status: { in: ["applied", "approved"] },
} satisfies Prisma.SponsorshipWhereInput;

/** SponsorshipQuerySet.enabled(): finalized, start ≤ today ≤ end, not overlapped (§5.2). */
export const enabledWhere = (now: Date) =>
  ({
    status: "finalized",
    startDate: { lte: dateOnly(now) },
    endDate: { gte: dateOnly(now) },
    overlappedById: null,
    sponsorId: { not: null },
  }) satisfies Prisma.SponsorshipWhereInput;

/** SponsorshipQuerySet.visible_to(user): submitted by the user or a contact of the sponsor; not rejected. */
export const visibleToWhere = (userId: number) =>
  ({
    status: { in: ["applied", "approved", "finalized"] },
    OR: [{ submittedById: userId }, { sponsor: { contacts: { some: { userId } } } }],
  }) satisfies Prisma.SponsorshipWhereInput;

/** with_logo_placement(logo_place, publisher): sponsorships holding such a feature. */
export const withLogoPlacementWhere = (logoPlace?: LogoPlace, publisher?: LogoPublisher) =>
  ({
    benefits: {
      some: {
        features: {
          some: {
            kind: "logo_placement",
            ...(logoPlace ? { logoPlace } : {}),
            ...(publisher ? { publisher } : {}),
          },
        },
      },
    },
  }) satisfies Prisma.SponsorshipWhereInput;

export async function listInProgress(sponsorId: number) {
  return db.sponsorship.findMany({
    where: { sponsorId, ...inProgressWhere },
    select: { id: true, status: true },
  });
}

export async function listVisibleSponsorships(userId: number) {
  return db.sponsorship.findMany({
    where: visibleToWhere(userId),
    orderBy: [{ appliedOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      year: true,
      startDate: true,
      endDate: true,
      appliedOn: true,
      sponsor: { select: { name: true } },
      package: { select: { name: true } },
    },
  });
}

/** Enabled sponsorships with a logo placement at `logoPlace` for `publisher`, ordered by package. */
export async function listEnabledWithPlacement(
  now: Date,
  logoPlace: LogoPlace,
  publisher: LogoPublisher = "psf",
) {
  const rows = await db.sponsorship.findMany({
    where: { ...enabledWhere(now), ...withLogoPlacementWhere(logoPlace, publisher) },
    orderBy: [{ package: { order: "asc" } }, { package: { id: "asc" } }, { sponsor: { name: "asc" } }],
    select: {
      id: true,
      year: true,
      package: { select: { id: true, name: true, slug: true, order: true, logoDimension: true, year: true } },
      sponsor: {
        select: {
          id: true,
          name: true,
          description: true,
          landingPageUrl: true,
          webLogo: true,
          whiteLogo: true,
        },
      },
    },
  });
  return rows.flatMap((r) => (r.sponsor ? [{ ...r, sponsor: r.sponsor }] : []));
}

/** LogoPlacementeAPIList: enabled sponsorships with any logo placement, their sponsor, contacts and placements. */
export async function listLogoPlacements(now: Date, year?: number) {
  const rows = await db.sponsorship.findMany({
    where: { ...enabledWhere(now), ...withLogoPlacementWhere(), ...(year === undefined ? {} : { year }) },
    orderBy: { id: "asc" },
    select: {
      id: true,
      startDate: true,
      endDate: true,
      levelNameOld: true,
      package: { select: { name: true, order: true } },
      sponsor: {
        select: {
          id: true,
          name: true,
          description: true,
          landingPageUrl: true,
          webLogo: true,
          whiteLogo: true,
          contacts: {
            orderBy: { id: "asc" },
            select: {
              name: true,
              email: true,
              primary: true,
              administrative: true,
              accounting: true,
              manager: true,
            },
          },
        },
      },
      benefits: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          features: {
            where: { kind: "logo_placement" },
            orderBy: { id: "asc" },
            select: { publisher: true, logoPlace: true, linkToSponsorsPage: true, describeAsSponsor: true },
          },
        },
      },
    },
  });
  return rows.flatMap((r) => (r.sponsor ? [{ ...r, sponsor: r.sponsor }] : []));
}
