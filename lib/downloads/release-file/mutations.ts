import "server-only";
import { downloadsTags } from "@/lib/downloads/constants";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError, FORM_ERROR, fromPrismaError } from "@/lib/platform/errors";
import { emit } from "@/inngest/client";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { releaseFileApiSelect, type ReleaseFileApiRow } from "./data";
import { releaseFileInputSchema, type NewReleaseFileInput, type ReleaseFileInput } from "./schema";
import {
  BUTTON_TAKEN,
  downloadSitePrefix,
  NO_SUCH_OS_OR_RELEASE,
  NO_SUCH_RELEASE,
  validateReleaseFileUrls,
  type ReleaseFileUrls,
} from "./utils";

const sitePrefix = () => downloadSitePrefix(env.DOWNLOAD_BASE_URL);

/**
 * Constraint violations as field errors on the input's names (apps/downloads/models.py: the
 * unique url and slug, one button per OS, the foreign keys); the API adapters reword them.
 */
function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (!(mapped instanceof AppError) || mapped.code !== "conflict") return mapped;
  const index = JSON.stringify((e as { meta?: unknown }).meta ?? "");
  if (index.includes("only_one_download_per_os_per_release"))
    return new AppError("validation_failed", "Invalid.", { fields: { [FORM_ERROR]: [BUTTON_TAKEN] } });
  if (mapped.fields?.url)
    return new AppError("validation_failed", "Invalid.", {
      fields: { url: ["release file with this url already exists."] },
    });
  if (mapped.fields?.slug)
    return new AppError("validation_failed", "Invalid.", {
      fields: { slug: ["release file with this slug already exists."] },
    });
  // A foreign key to an OS or release that does not exist (the database does not say which).
  return new AppError("validation_failed", "Invalid.", { fields: { [FORM_ERROR]: [NO_SUCH_OS_OR_RELEASE] } });
}

async function afterWrite(releaseId: number) {
  await revalidateDomain([downloadsTags.releases], { mode: "immediate", surrogateKeys: ["downloads"] });
  const release = await db.release.findUnique({ where: { id: releaseId }, select: { isPublished: true } });
  if (release?.isPublished) await emit("downloads/release.published", { releaseId });
}

const COLUMNS = new Set(Object.keys(releaseFileInputSchema.shape));

/** The given keys only (the input's names are the table's columns); anything else is dropped. */
const columns = (i: ReleaseFileInput): ReleaseFileInput =>
  Object.fromEntries(Object.entries(i).filter(([k, v]) => v !== undefined && COLUMNS.has(k)));

const urlsOf = (f: ReleaseFileUrls): ReleaseFileUrls => ({
  url: f.url,
  gpgSignatureFile: f.gpgSignatureFile,
  sigstoreSignatureFile: f.sigstoreSignatureFile,
  sigstoreCertFile: f.sigstoreCertFile,
  sigstoreBundleFile: f.sigstoreBundleFile,
  sbomSpdx2File: f.sbomSpdx2File,
});

/** Adds a file to a release; the slug defaults to "<release slug>-<slugified name>". */
export async function createReleaseFile(
  input: ReleaseFileInput & { name: string; url: string; osId: number; releaseId: number },
  userId: number,
): Promise<ReleaseFileApiRow> {
  validateReleaseFileUrls(urlsOf(input), undefined, sitePrefix());
  const release = await db.release.findUnique({ where: { id: input.releaseId }, select: { slug: true } });
  if (!release)
    throw new AppError("validation_failed", "Invalid.", { fields: { releaseId: [NO_SUCH_RELEASE] } });
  const row = await db.releaseFile
    .create({
      data: {
        ...columns(input),
        name: input.name,
        url: input.url,
        slug: input.slug || `${release.slug}-${slugify(input.name)}`,
        osId: input.osId,
        releaseId: input.releaseId,
        creatorId: userId,
        lastModifiedById: userId,
      },
      select: releaseFileApiSelect,
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite(row.releaseId);
  return row;
}

/** Changes the given fields; URL rules apply to the URLs as they will be (unchanged ones may stay). */
export async function updateReleaseFile(
  id: number,
  input: ReleaseFileInput,
  userId: number,
): Promise<ReleaseFileApiRow> {
  const before = await db.releaseFile.findUnique({ where: { id }, select: releaseFileApiSelect });
  if (!before) throw new AppError("not_found", "No ReleaseFile matches the given query.");
  const prev = urlsOf(before);
  validateReleaseFileUrls(urlsOf({ ...prev, ...columns(input) } as ReleaseFileUrls), prev, sitePrefix());
  const row = await db.releaseFile
    .update({
      where: { id },
      data: { ...columns(input), lastModifiedById: userId },
      select: releaseFileApiSelect,
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite(row.releaseId);
  return row;
}

export async function deleteReleaseFile(id: number): Promise<void> {
  const row = await db.releaseFile
    .delete({ where: { id }, select: { releaseId: true } })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite(row.releaseId);
}

/** delete_by_release: every file of one release, in one statement. */
export async function deleteReleaseFilesOf(releaseId: number): Promise<number> {
  const { count } = await db.releaseFile.deleteMany({ where: { releaseId } });
  await afterWrite(releaseId);
  return count;
}

/**
 * Adds several files to one release, all or nothing (the admin's bulk form): the same URL rules
 * and one-button-per-OS constraint as one at a time, in one transaction. Errors name the file.
 */
export async function createReleaseFiles(
  releaseId: number,
  inputs: NewReleaseFileInput[],
  userId: number,
): Promise<number> {
  const release = await db.release.findUnique({ where: { id: releaseId }, select: { slug: true } });
  if (!release) throw new AppError("not_found", "No Release matches the given query.");
  for (const input of inputs) {
    try {
      validateReleaseFileUrls(urlsOf(input), undefined, sitePrefix());
    } catch (e) {
      const fields = (e as AppError).fields ?? {};
      throw new AppError("validation_failed", "Invalid.", {
        fields: {
          files: Object.values(fields)
            .flat()
            .map((m) => `${input.name}: ${m}`),
        },
      });
    }
  }
  await db
    .$transaction(async (tx) => {
      for (const input of inputs)
        await tx.releaseFile.create({
          data: {
            ...columns(input),
            name: input.name,
            url: input.url,
            slug: input.slug || `${release.slug}-${slugify(input.name)}`,
            osId: input.osId,
            releaseId,
            creatorId: userId,
            lastModifiedById: userId,
          },
          select: { id: true },
        });
    })
    .catch((e: unknown) => {
      const mapped = mapWriteError(e);
      const fields = mapped instanceof AppError ? mapped.fields : undefined;
      return Promise.reject(
        fields
          ? new AppError("validation_failed", "Invalid.", { fields: { files: Object.values(fields).flat() } })
          : mapped,
      );
    });
  await afterWrite(releaseId);
  return inputs.length;
}
