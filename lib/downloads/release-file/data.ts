import "server-only";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import type { ReleaseFileFilter } from "./schema";

export const releaseFileApiSelect = {
  id: true,
  name: true,
  slug: true,
  osId: true,
  releaseId: true,
  description: true,
  isSource: true,
  url: true,
  gpgSignatureFile: true,
  md5Sum: true,
  sha256Sum: true,
  filesize: true,
  downloadButton: true,
  sigstoreSignatureFile: true,
  sigstoreCertFile: true,
  sigstoreBundleFile: true,
  sbomSpdx2File: true,
} as const;
export type ReleaseFileApiRow = Prisma.ReleaseFileGetPayload<{ select: typeof releaseFileApiSelect }>;

/** Files of every release, published or not (apps/downloads/api.py, ReleaseFileViewSet). */
function releaseFileWhere(f: ReleaseFileFilter): Prisma.ReleaseFileWhereInput {
  const release = f.release ?? {};
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.slug !== undefined ? { slug: f.slug } : {}),
    ...(f.osId !== undefined ? { osId: f.osId } : {}),
    ...(f.os && (f.os.slug !== undefined || f.os.name !== undefined)
      ? { os: { slug: f.os.slug, name: f.os.name } }
      : {}),
    ...(f.releaseId !== undefined ? { releaseId: f.releaseId } : {}),
    ...(Object.values(release).some((v) => v !== undefined) ? { release } : {}),
    ...(f.descriptionContains !== undefined ? { description: { contains: f.descriptionContains } } : {}),
  };
}

/** Meta.ordering = (-release__is_published, release__name, os__name, name). */
const fileOrder: Prisma.ReleaseFileOrderByWithRelationInput[] = [
  { release: { isPublished: "desc" } },
  { release: { name: "asc" } },
  { os: { name: "asc" } },
  { name: "asc" },
  { id: "asc" },
];

export async function listReleaseFiles(filter: ReleaseFileFilter): Promise<ReleaseFileApiRow[]> {
  return db.releaseFile.findMany({
    where: releaseFileWhere(filter),
    select: releaseFileApiSelect,
    orderBy: fileOrder,
  });
}

/** One page of them and the total (Tastypie's limit/offset lists). */
export async function listReleaseFilesPage(
  filter: ReleaseFileFilter,
  page: { take: number; skip: number },
): Promise<{ rows: ReleaseFileApiRow[]; total: number }> {
  const where = releaseFileWhere(filter);
  const [rows, total] = await Promise.all([
    db.releaseFile.findMany({ where, select: releaseFileApiSelect, orderBy: fileOrder, ...page }),
    db.releaseFile.count({ where }),
  ]);
  return { rows, total };
}

export async function getReleaseFile(id: number): Promise<ReleaseFileApiRow | null> {
  return db.releaseFile.findUnique({ where: { id }, select: releaseFileApiSelect });
}
