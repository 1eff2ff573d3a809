import "server-only";
import { db } from "@/lib/platform/db";

/** The change page's inlines: the sponsor benefits, the year's benefits to choose from, and every asset. */
export async function getSponsorshipInlines(id: number) {
  const s = await db.sponsorship.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      locked: true,
      year: true,
      sponsorId: true,
      benefits: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          id: true,
          programName: true,
          name: true,
          addedByUser: true,
          standalone: true,
          benefitInternalValue: true,
          sponsorshipBenefitId: true,
          features: { orderBy: { id: "asc" }, select: { kind: true } },
        },
      },
    },
  });
  if (!s) return null;
  const assetSelect = {
    id: true,
    internalName: true,
    type: true,
    text: true,
    image: true,
    file: true,
    response: true,
  };
  const [choices, assets, sponsorAssets] = await Promise.all([
    db.sponsorshipBenefit.findMany({
      where: s.year === null ? {} : { year: s.year },
      orderBy: [{ program: { order: "asc" } }, { order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, program: { select: { name: true } } },
    }),
    db.genericAsset.findMany({
      where: { sponsorshipId: id },
      orderBy: { internalName: "asc" },
      select: assetSelect,
    }),
    s.sponsorId
      ? db.genericAsset.findMany({
          where: { sponsorId: s.sponsorId },
          orderBy: { internalName: "asc" },
          select: assetSelect,
        })
      : Promise.resolve([]),
  ]);
  return {
    ...s,
    choices,
    assets: [
      ...assets.map((a) => ({ ...a, owner: "sponsorship" as const })),
      ...sponsorAssets.map((a) => ({ ...a, owner: "sponsor" as const })),
    ],
  };
}
