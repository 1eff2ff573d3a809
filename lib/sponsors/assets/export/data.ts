import "server-only";
import { db } from "@/lib/platform/db";

/** The selected GenericAssets with the sponsor each belongs to (directly or through its sponsorship). */
export function listAssetsForExport(ids: number[]) {
  return db.genericAsset.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      internalName: true,
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

export type ExportAsset = Awaited<ReturnType<typeof listAssetsForExport>>[number];
