/**
 * Demo sponsorship configuration for the current year (programs, packages, benefits with a
 * logo placement) and two sponsors: one finalized and running, one application in review.
 * Package names and amounts follow python.org's published 2022 levels.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const PACKAGES = [
  { name: "Visionary", slug: "visionary", sponsorshipAmount: 150_000, logoDimension: 350 },
  { name: "Sustainability", slug: "sustainability", sponsorshipAmount: 90_000, logoDimension: 300 },
  { name: "Maintaining", slug: "maintaining", sponsorshipAmount: 60_000, logoDimension: 250 },
  { name: "Contributing", slug: "contributing", sponsorshipAmount: 30_000, logoDimension: 200 },
  { name: "Supporting", slug: "supporting", sponsorshipAmount: 15_000, logoDimension: 175 },
];

export const PROGRAMS = ["Foundation", "PyPI", "Core Development"];

const BENEFITS = [
  {
    name: "Logo on python.org sponsors page",
    program: "Foundation",
    packages: ["visionary", "sustainability", "maintaining", "contributing", "supporting"],
    value: 1_000,
    logo: "sponsors" as const,
  },
  {
    name: "Logo on python.org downloads page",
    program: "Foundation",
    packages: ["visionary"],
    value: 15_000,
    capacity: 4,
    logo: "download" as const,
  },
  {
    name: "Recognition in the PyPI sponsor listing",
    program: "PyPI",
    packages: ["visionary", "sustainability", "maintaining"],
    value: 2_000,
  },
  {
    name: "Thank-you post on the PSF blog",
    program: "Foundation",
    packages: ["visionary", "sustainability"],
    value: 1_500,
  },
  {
    name: "Support for a core developer in residence",
    program: "Core Development",
    packages: ["visionary"],
    value: 50_000,
  },
];

export async function seedSponsors(
  db: PrismaClient,
  creatorId: number | null,
  contactUserId: number | null,
  now = new Date(),
) {
  const year = Math.min(2050, Math.max(2022, now.getUTCFullYear()));
  await db.sponsorshipCurrentYear.upsert({ where: { id: 1 }, update: {}, create: { id: 1, year } });
  const programIds = new Map<string, number>();
  for (const [order, name] of PROGRAMS.entries()) {
    const row =
      (await db.sponsorshipProgram.findFirst({ where: { name } })) ??
      (await db.sponsorshipProgram.create({ data: { name, order, description: `${name} program` } }));
    programIds.set(name, row.id);
  }
  const packageIds = new Map<string, number>();
  for (const [order, p] of PACKAGES.entries()) {
    const row = await db.sponsorshipPackage.upsert({
      where: { slug_year: { slug: p.slug, year } },
      update: {},
      create: { ...p, order, year, advertise: true },
    });
    packageIds.set(p.slug, row.id);
  }
  for (const [order, b] of BENEFITS.entries()) {
    if (await db.sponsorshipBenefit.findFirst({ where: { name: b.name, year } })) continue;
    await db.sponsorshipBenefit.create({
      data: {
        name: b.name,
        order,
        year,
        programId: programIds.get(b.program)!,
        internalValue: b.value,
        capacity: b.capacity ?? null,
        description: `${b.name}.`,
        packages: { create: b.packages.map((slug) => ({ packageId: packageIds.get(slug)! })) },
        ...(b.logo
          ? {
              featureConfigs: {
                create: [
                  {
                    kind: "logo_placement" as const,
                    publisher: "psf" as const,
                    logoPlace: b.logo,
                    linkToSponsorsPage: true,
                  },
                ],
              },
            }
          : {}),
      },
    });
  }
  const sponsors = [
    {
      name: "Example Cloud Ltd",
      status: "finalized" as const,
      pkg: "visionary",
      url: "https://cloud.example.org/",
    },
    {
      name: "Snake Oil Analytics",
      status: "finalized" as const,
      pkg: "contributing",
      url: "https://analytics.example.org/",
    },
    {
      name: "Tiny Startup GmbH",
      status: "applied" as const,
      pkg: "supporting",
      url: "https://tiny.example.org/",
    },
  ];
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year, 11, 31));
  for (const s of sponsors) {
    if (await db.sponsor.findFirst({ where: { name: s.name } })) continue;
    const pkg = PACKAGES.find((p) => p.slug === s.pkg)!;
    await db.sponsor.create({
      data: {
        name: s.name,
        description: `${s.name} builds tools with Python.`,
        landingPageUrl: s.url,
        primaryPhone: "+1 555 0100",
        mailingAddressLine1: "100 Example Street",
        city: "Wilmington",
        state: "DE",
        postalCode: "19801",
        country: "US",
        creatorId,
        contacts: {
          create: [
            {
              name: "Pat Contact",
              email: `sponsors@${new URL(s.url).hostname}`,
              phone: "+1 555 0100",
              primary: true,
              userId: contactUserId,
            },
          ],
        },
        sponsorships: {
          create: [
            {
              status: s.status,
              year,
              packageId: packageIds.get(s.pkg)!,
              sponsorshipFee: pkg.sponsorshipAmount,
              submittedById: contactUserId,
              locked: s.status !== "applied",
              ...(s.status === "finalized"
                ? { startDate: start, endDate: end, approvedOn: start, finalizedOn: start }
                : {}),
            },
          ],
        },
      },
    });
  }
}
