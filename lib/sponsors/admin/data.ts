import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import { db, type Prisma } from "@/lib/platform/db";

const rowSelect = {
  id: true,
  status: true,
  locked: true,
  year: true,
  appliedOn: true,
  approvedOn: true,
  startDate: true,
  endDate: true,
  sponsorshipFee: true,
  sponsor: { select: { id: true, name: true } },
  package: { select: { id: true, name: true } },
} as const;

export type AdminSponsorshipRow = Prisma.SponsorshipGetPayload<{ select: typeof rowSelect }>;

function listWhere(params: Pick<ListParams, "q" | "filters">): Prisma.SponsorshipWhereInput {
  const { status, year, targetable } = params.filters;
  return {
    ...(params.q ? { sponsor: { name: { contains: params.q, mode: "insensitive" } } } : {}),
    ...(status === "all"
      ? {}
      : status
        ? { status: status as AdminSponsorshipRow["status"] }
        : { status: { in: ["applied", "approved", "finalized"] } }),
    ...(year ? { year: Number(year) } : {}),
    ...(targetable ? { benefits: { some: { features: { some: { kind: "email_targetable" } } } } } : {}),
  };
}

/** SponsorshipAdmin's changelist: search the sponsor name, filter status/year/targetable email, sort, page. */
export async function listAdminSponsorships(params: ListParams) {
  const where = listWhere(params);
  const [rows, total] = await Promise.all([
    db.sponsorship.findMany({
      where,
      select: rowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.sponsorship.count({ where }),
  ]);
  return { rows, total };
}

/** One sponsorship with everything its change page shows. */
export async function getAdminSponsorship(id: number) {
  return db.sponsorship.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      rejectedOn: true,
      finalizedOn: true,
      forModifiedPackage: true,
      renewal: true,
      submittedBy: { select: { username: true, email: true } },
      contract: { select: { id: true, status: true } },
      sponsor: {
        select: {
          id: true,
          name: true,
          description: true,
          landingPageUrl: true,
          primaryPhone: true,
          city: true,
          country: true,
          contacts: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              name: true,
              email: true,
              phone: true,
              primary: true,
              accounting: true,
              administrative: true,
              manager: true,
            },
          },
        },
      },
      benefits: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          id: true,
          programName: true,
          name: true,
          addedByUser: true,
          benefitInternalValue: true,
          features: { select: { kind: true } },
        },
      },
      assets: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          internalName: true,
          type: true,
          text: true,
          image: true,
          file: true,
          response: true,
        },
      },
    },
  });
}

export async function listPackageChoices() {
  return db.sponsorshipPackage.findMany({
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { order: "asc" }],
    select: { id: true, name: true, year: true, sponsorshipAmount: true },
  });
}

/** The CSV export rows (python.org's import-export resource), for the filtered list without paging. */
export async function listSponsorshipsForExport(params: Pick<ListParams, "q" | "filters">) {
  return db.sponsorship.findMany({
    where: listWhere(params),
    orderBy: { id: "asc" },
    take: 5000,
    select: {
      id: true,
      startDate: true,
      endDate: true,
      sponsorshipFee: true,
      levelNameOld: true,
      package: { select: { name: true } },
      sponsor: {
        select: {
          name: true,
          webLogo: true,
          landingPageUrl: true,
          contacts: {
            orderBy: { id: "asc" },
            select: {
              name: true,
              email: true,
              phone: true,
              primary: true,
              administrative: true,
              accounting: true,
              manager: true,
            },
          },
        },
      },
    },
  });
}

/** Years with a configuration, newest first, with their package and benefit counts, and the active year. */
export async function getConfigOverview() {
  const [current, packages, benefits] = await Promise.all([
    db.sponsorshipCurrentYear.findUnique({ where: { id: 1 }, select: { year: true } }),
    db.sponsorshipPackage.groupBy({ by: ["year"], _count: { _all: true }, where: { year: { not: null } } }),
    db.sponsorshipBenefit.groupBy({ by: ["year"], _count: { _all: true }, where: { year: { not: null } } }),
  ]);
  const years = [...new Set([...packages, ...benefits].map((r) => r.year!))].sort((a, b) => b - a);
  return {
    current: current?.year ?? null,
    years: years.map((year) => ({
      year,
      packages: packages.find((p) => p.year === year)?._count._all ?? 0,
      benefits: benefits.find((b) => b.year === year)?._count._all ?? 0,
    })),
  };
}
