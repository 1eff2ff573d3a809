import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import { db, type Prisma } from "@/lib/platform/db";
import { sponsorInfoSelect } from "@/lib/sponsors/sponsor/data";

export async function listAdminSponsors(p: ListParams) {
  const where: Prisma.SponsorWhereInput = p.q ? { name: { contains: p.q, mode: "insensitive" } } : {};
  const [rows, total] = await Promise.all([
    db.sponsor.findMany({
      where,
      select: {
        id: true,
        name: true,
        created: true,
        _count: { select: { contacts: true, sponsorships: true } },
      },
      orderBy: [{ [p.sort]: p.dir }, { id: "asc" }],
      skip: (p.page - 1) * p.perPage,
      take: p.perPage,
    }),
    db.sponsor.count({ where }),
  ]);
  return { rows, total };
}

/** SponsorAdmin's change page: the sponsor, its contacts, its sponsorships and its assets. */
export const getAdminSponsor = (id: number) =>
  db.sponsor.findUnique({
    where: { id },
    select: {
      ...sponsorInfoSelect,
      sponsorships: {
        orderBy: { id: "desc" },
        select: { id: true, status: true, year: true, appliedOn: true, startDate: true, endDate: true },
      },
      assets: {
        orderBy: { internalName: "asc" },
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
export type AdminSponsor = NonNullable<Awaited<ReturnType<typeof getAdminSponsor>>>;

const noValue = (): Prisma.GenericAssetWhereInput => ({
  AND: [
    { OR: [{ text: null }, { text: "" }] },
    { OR: [{ image: null }, { image: "" }] },
    { OR: [{ file: null }, { file: "" }] },
    { OR: [{ response: null }, { response: "" }] },
  ],
});

/** GenericAssetModelAdmin: every asset with its value and what it belongs to. */
export async function listAdminAssets(p: ListParams) {
  const f = p.filters;
  const where: Prisma.GenericAssetWhereInput = {
    ...(p.q ? { internalName: { contains: p.q, mode: "insensitive" } } : {}),
    ...(f.related === "sponsor" ? { sponsorId: { not: null } } : {}),
    ...(f.related === "sponsorship" ? { sponsorshipId: { not: null } } : {}),
    ...(f.type ? { type: f.type as "img" | "text" | "file" | "response" } : {}),
    ...(f.value === "without" ? noValue() : {}),
    ...(f.value === "with" ? { NOT: noValue() } : {}),
  };
  const [rows, total] = await Promise.all([
    db.genericAsset.findMany({
      where,
      select: {
        id: true,
        internalName: true,
        type: true,
        text: true,
        image: true,
        file: true,
        response: true,
        sponsor: { select: { id: true, name: true } },
        sponsorship: { select: { id: true, year: true, sponsor: { select: { name: true } } } },
      },
      orderBy: [{ [p.sort]: p.dir }, { id: "desc" }],
      skip: (p.page - 1) * p.perPage,
      take: p.perPage,
    }),
    db.genericAsset.count({ where }),
  ]);
  return { rows, total };
}
