import "server-only";
import { db } from "@/lib/db";
import type { LatestRelease } from "./types";

/**
 * The published release marked latest for a major version, with its download-button file per
 * OS (apps/downloads/managers.py latest_python3; models.py download_file_for_os).
 */
export async function getLatestRelease(version = 3): Promise<LatestRelease | null> {
  const release = await db.release.findFirst({
    where: { version, isPublished: true, isLatest: true },
    orderBy: { releaseDate: "desc" },
    select: {
      name: true,
      slug: true,
      releaseDate: true,
      files: {
        where: { downloadButton: true },
        orderBy: { os: { name: "asc" } },
        select: { name: true, url: true, os: { select: { slug: true, name: true } } },
      },
    },
  });
  if (!release) return null;
  return {
    name: release.name,
    slug: release.slug,
    releaseDate: release.releaseDate,
    buttons: release.files.map((f) => ({
      osSlug: f.os.slug,
      osName: f.os.name,
      fileName: f.name,
      url: f.url,
    })),
  };
}
