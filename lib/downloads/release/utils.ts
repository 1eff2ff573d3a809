import type { Prisma } from "@/lib/platform/db";
import type { ReleaseFileRow, ReleaseSummary } from "@/lib/downloads/types";
import { compareVersions, getVersion } from "@/lib/downloads/utils";
import type { ReleaseFilter } from "./schema";

/** A release's page that is not there (the API words it as DRF's "Invalid hyperlink"). */
export const NO_SUCH_RELEASE_PAGE = "No such release page.";

/** The columns of a release summary (lists, feed, redirects). */
export const summarySelect = {
  name: true,
  slug: true,
  releaseDate: true,
  preRelease: true,
  releaseNotesUrl: true,
} as const;

/** The columns of a file as the release and OS pages show it, with its signature verdict. */
export const fileSelect = {
  name: true,
  url: true,
  description: true,
  isSource: true,
  filesize: true,
  sha256Sum: true,
  md5Sum: true,
  gpgSignatureFile: true,
  sigstoreBundleFile: true,
  sigstoreCertFile: true,
  sigstoreSignatureFile: true,
  sbomSpdx2File: true,
  downloadButton: true,
  os: { select: { slug: true, name: true } },
  signatureCheck: { select: { status: true, detail: true, checkedAt: true } },
} as const;

type SummaryRow = {
  name: string;
  slug: string;
  releaseDate: Date;
  preRelease: boolean;
  releaseNotesUrl: string;
};
export const toSummary = (r: SummaryRow): ReleaseSummary => ({ ...r, version: getVersion(r.name) });

type FileRow = Omit<ReleaseFileRow, "osSlug" | "osName" | "signature"> & {
  os: { slug: string; name: string };
  signatureCheck: ReleaseFileRow["signature"];
};
export const toFile = ({ os, signatureCheck, ...f }: FileRow): ReleaseFileRow => ({
  ...f,
  osSlug: os.slug,
  osName: os.name,
  signature: signatureCheck,
});

export const byVersionDesc = (a: ReleaseSummary, b: ReleaseSummary) => compareVersions(b.version, a.version);

/**
 * The API's release filters as a query. OnlyPublishedAuthorization / ReleaseViewSet: callers who
 * are not staff see published releases only, and asking for unpublished ones gives none (null).
 */
export function releaseWhere(f: ReleaseFilter, staff: boolean): Prisma.ReleaseWhereInput | null {
  if (!staff && f.isPublished === false) return null;
  const published = staff ? f.isPublished : true;
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.slug !== undefined ? { slug: f.slug } : {}),
    ...(f.preRelease !== undefined ? { preRelease: f.preRelease } : {}),
    ...(f.version !== undefined ? { version: f.version } : {}),
    ...(f.versionIn !== undefined ? { version: { in: f.versionIn } } : {}),
    ...(f.releaseDate?.length ? { AND: f.releaseDate.map((releaseDate) => ({ releaseDate })) } : {}),
    // "3.12" matches 3.12.0, 3.12.1rc1..., never 3.1 or 3.120.
    ...(f.series !== undefined
      ? {
          OR: [
            { name: { endsWith: ` ${f.series}` } },
            { name: { contains: ` ${f.series}.` } },
            { name: { contains: ` ${f.series}a` } },
            { name: { contains: ` ${f.series}b` } },
            { name: { contains: ` ${f.series}rc` } },
          ],
        }
      : {}),
    ...(published !== undefined ? { isPublished: published } : {}),
  };
}
