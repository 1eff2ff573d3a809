import "server-only";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import type { ListReleaseFilesQuery } from "./schema";

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

/** Meta.ordering = (-release__is_published, release__name, os__name, name). */
export async function listApiReleaseFiles(q: ListReleaseFilesQuery) {
  return db.releaseFile.findMany({
    where: {
      ...(q.name !== undefined ? { name: q.name } : {}),
      ...(q.slug !== undefined ? { slug: q.slug } : {}),
      ...(q.description__contains !== undefined
        ? { description: { contains: q.description__contains } }
        : {}),
      ...(q.os !== undefined ? { osId: q.os } : {}),
      ...(q.release !== undefined ? { releaseId: q.release } : {}),
    },
    select: releaseFileApiSelect,
    orderBy: [
      { release: { isPublished: "desc" } },
      { release: { name: "asc" } },
      { os: { name: "asc" } },
      { name: "asc" },
      { id: "asc" },
    ],
  });
}

export async function getApiReleaseFile(id: number) {
  return db.releaseFile.findUnique({ where: { id }, select: releaseFileApiSelect });
}
