import "server-only";
import { db } from "@/lib/platform/db";

/** GenericAsset.objects.all_assets().filter(internal_name=...): each with the sponsor it belongs to. */
export async function listAssetsByInternalName(internalName: string) {
  return db.genericAsset.findMany({
    where: { internalName },
    orderBy: { id: "asc" },
    select: {
      internalName: true,
      uuid: true,
      type: true,
      image: true,
      text: true,
      file: true,
      response: true,
      sponsor: { select: { name: true } },
      sponsorship: { select: { sponsor: { select: { name: true } } } },
    },
  });
}
