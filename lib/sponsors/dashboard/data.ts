import "server-only";
import { db } from "@/lib/platform/db";
import { visibleToWhere } from "@/lib/sponsors/sponsorship/data";

/**
 * One sponsorship as its sponsor's contacts see it (§5.8): visible_to(user) (superusers see any),
 * with its benefits, contract status and the assets its features ask for or provide.
 */
export async function getDashboardSponsorship(id: number, viewer: { userId: number; isSuperuser: boolean }) {
  const row = await db.sponsorship.findFirst({
    where: { id, ...(viewer.isSuperuser ? {} : visibleToWhere(viewer.userId)) },
    select: {
      id: true,
      status: true,
      year: true,
      startDate: true,
      endDate: true,
      sponsorshipFee: true,
      forModifiedPackage: true,
      sponsorId: true,
      package: { select: { name: true } },
      contract: { select: { status: true } },
      sponsor: { select: { name: true } },
      benefits: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          id: true,
          programName: true,
          name: true,
          features: {
            where: {
              kind: {
                in: [
                  "required_img_asset",
                  "required_text_asset",
                  "required_response_asset",
                  "provided_text_asset",
                  "provided_file_asset",
                ],
              },
            },
            select: {
              kind: true,
              relatedTo: true,
              internalName: true,
              label: true,
              helpText: true,
              dueDate: true,
              shared: true,
              sharedText: true,
              sharedFile: true,
              maxLength: true,
              minWidth: true,
              maxWidth: true,
              minHeight: true,
              maxHeight: true,
            },
          },
        },
      },
      assets: { select: { internalName: true, text: true, image: true, file: true, response: true } },
    },
  });
  if (!row) return null;
  const sponsorAssets = row.sponsorId
    ? await db.genericAsset.findMany({
        where: { sponsorId: row.sponsorId },
        select: { internalName: true, text: true, image: true, file: true, response: true },
      })
    : [];
  return { ...row, sponsorAssets };
}

export type DashboardSponsorship = NonNullable<Awaited<ReturnType<typeof getDashboardSponsorship>>>;
