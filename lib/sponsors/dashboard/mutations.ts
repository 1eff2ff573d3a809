import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { sponsorsTags } from "@/lib/sponsors/constants";

export type AssetUpdate = { internalName: string; relatedTo: string | null; kind: string; value: string };

const column = (kind: string) =>
  kind === "required_img_asset" ? "image" : kind === "required_response_asset" ? "response" : "text";

/** SponsorRequiredAssetsForm.update_assets: each value onto its GenericAsset (on the sponsor or the sponsorship). */
export async function saveRequiredAssets(
  sponsorship: { id: number; sponsorId: number | null },
  updates: AssetUpdate[],
): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const u of updates) {
      const owner =
        u.relatedTo === "sponsor" && sponsorship.sponsorId !== null
          ? { sponsorId: sponsorship.sponsorId }
          : { sponsorshipId: sponsorship.id };
      const type =
        u.kind === "required_img_asset" ? "img" : u.kind === "required_response_asset" ? "response" : "text";
      const found = await tx.genericAsset.findFirst({
        where: { ...owner, internalName: u.internalName },
        select: { id: true },
      });
      const data = { [column(u.kind)]: u.value };
      if (found) await tx.genericAsset.update({ where: { id: found.id }, data });
      else await tx.genericAsset.create({ data: { ...owner, internalName: u.internalName, type, ...data } });
    }
  });
  await revalidateDomain([sponsorsTags.sponsors]);
}
