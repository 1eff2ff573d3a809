import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function listAdminReleases({ q, page, perPage, sort, dir, filters }: ListParams) {
  const where: Prisma.ReleaseWhereInput = {
    ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
    ...(filters.version ? { version: Number(filters.version) } : {}),
    ...(filters.published ? { isPublished: filters.published === "yes" } : {}),
    ...(filters.pre ? { preRelease: filters.pre === "yes" } : {}),
  };
  const orderBy: Prisma.ReleaseOrderByWithRelationInput =
    sort === "name" ? { name: dir } : { releaseDate: dir };
  const [rows, total] = await Promise.all([
    db.release.findMany({
      where,
      select: {
        id: true,
        name: true,
        slug: true,
        version: true,
        isPublished: true,
        isLatest: true,
        preRelease: true,
        releaseDate: true,
        _count: { select: { files: true } },
      },
      orderBy: [orderBy, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.release.count({ where }),
  ]);
  return { rows, total };
}

export async function getAdminRelease(id: number) {
  return db.release.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      version: true,
      isPublished: true,
      isLatest: true,
      preRelease: true,
      showOnDownloadPage: true,
      releaseDate: true,
      releaseNotesUrl: true,
      files: {
        select: {
          id: true,
          name: true,
          url: true,
          sha256Sum: true,
          filesize: true,
          downloadButton: true,
          os: { select: { name: true } },
        },
        orderBy: [{ os: { name: "asc" } }, { name: "asc" }],
      },
    },
  });
}

/** One file of a release, every editable column, for the admin's file form. */
export async function getAdminReleaseFile(releaseId: number, fileId: number) {
  return db.releaseFile.findFirst({
    where: { id: fileId, releaseId },
    select: {
      id: true,
      name: true,
      osId: true,
      description: true,
      url: true,
      sha256Sum: true,
      md5Sum: true,
      filesize: true,
      downloadButton: true,
      isSource: true,
      gpgSignatureFile: true,
      sigstoreSignatureFile: true,
      sigstoreCertFile: true,
      sigstoreBundleFile: true,
      sbomSpdx2File: true,
      release: { select: { id: true, name: true } },
    },
  });
}

export async function listAdminOperatingSystems() {
  return db.oS.findMany({
    select: { id: true, name: true, slug: true, _count: { select: { files: true } } },
    orderBy: { name: "asc" },
  });
}

export async function listReleaseManagerKeys() {
  return db.releaseManagerKey.findMany({
    select: { id: true, name: true, fingerprint: true, active: true, created: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
