import "server-only";
import { downloadsTags } from "@/lib/downloads/constants";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { emit } from "@/inngest/client";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/downloads/utils";
import { releaseFileApiSelect } from "./data";
import type { ReleaseFileInput } from "./schema";
import { downloadSitePrefix, idFromLink, validateReleaseFileUrls } from "./utils";

const sitePrefix = () => downloadSitePrefix(env.DOWNLOAD_BASE_URL);

const BUTTON_TAKEN = 'Only one Release File per OS can have "Download button" enabled';

function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (!(mapped instanceof AppError) || mapped.code !== "conflict") return mapped;
  const index = JSON.stringify((e as { meta?: unknown }).meta ?? "");
  if (index.includes("only_one_download_per_os_per_release"))
    return new AppError("validation_failed", "Invalid.", { fields: { non_field_errors: [BUTTON_TAKEN] } });
  if (mapped.fields?.url)
    return new AppError("validation_failed", "Invalid.", {
      fields: { url: ["release file with this url already exists."] },
    });
  if (mapped.fields?.slug)
    return new AppError("validation_failed", "Invalid.", {
      fields: { slug: ["release file with this slug already exists."] },
    });
  return new AppError("validation_failed", "Invalid.", {
    fields: { non_field_errors: ["Invalid hyperlink - Object does not exist."] },
  });
}

async function afterWrite(releaseId: number) {
  await revalidateDomain([downloadsTags.releases], { mode: "immediate", surrogateKeys: ["downloads"] });
  const release = await db.release.findUnique({ where: { id: releaseId }, select: { isPublished: true } });
  if (release?.isPublished) await emit("downloads/release.published", { releaseId });
}

const columns = (i: ReleaseFileInput) => ({
  ...(i.name !== undefined ? { name: i.name } : {}),
  ...(i.slug !== undefined ? { slug: i.slug } : {}),
  ...(i.os !== undefined ? { osId: idFromLink(i.os) } : {}),
  ...(i.release !== undefined ? { releaseId: idFromLink(i.release) } : {}),
  ...(i.description !== undefined ? { description: i.description } : {}),
  ...(i.is_source !== undefined ? { isSource: i.is_source } : {}),
  ...(i.url !== undefined ? { url: i.url } : {}),
  ...(i.gpg_signature_file !== undefined ? { gpgSignatureFile: i.gpg_signature_file } : {}),
  ...(i.md5_sum !== undefined ? { md5Sum: i.md5_sum } : {}),
  ...(i.sha256_sum !== undefined ? { sha256Sum: i.sha256_sum } : {}),
  ...(i.filesize !== undefined ? { filesize: i.filesize } : {}),
  ...(i.download_button !== undefined ? { downloadButton: i.download_button } : {}),
  ...(i.sigstore_signature_file !== undefined ? { sigstoreSignatureFile: i.sigstore_signature_file } : {}),
  ...(i.sigstore_cert_file !== undefined ? { sigstoreCertFile: i.sigstore_cert_file } : {}),
  ...(i.sigstore_bundle_file !== undefined ? { sigstoreBundleFile: i.sigstore_bundle_file } : {}),
  ...(i.sbom_spdx2_file !== undefined ? { sbomSpdx2File: i.sbom_spdx2_file } : {}),
});

export async function createReleaseFile(input: ReleaseFileInput, userId: number) {
  validateReleaseFileUrls({ url: input.url!, ...input }, undefined, sitePrefix());
  const releaseId = idFromLink(input.release!);
  const release = await db.release.findUnique({ where: { id: releaseId }, select: { slug: true } });
  if (!release)
    throw new AppError("validation_failed", "Invalid.", {
      fields: { release: ["Invalid hyperlink - Object does not exist."] },
    });
  const slug = input.slug || `${release.slug}-${slugify(input.name!)}`;
  const row = await db.releaseFile
    .create({
      data: {
        ...columns(input),
        name: input.name!,
        url: input.url!,
        slug,
        osId: idFromLink(input.os!),
        releaseId,
        creatorId: userId,
        lastModifiedById: userId,
      },
      select: releaseFileApiSelect,
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite(row.releaseId);
  return row;
}

export async function updateReleaseFile(id: number, input: ReleaseFileInput, userId: number) {
  const before = await db.releaseFile.findUnique({ where: { id }, select: releaseFileApiSelect });
  if (!before) throw new AppError("not_found", "No ReleaseFile matches the given query.");
  const prev = {
    url: before.url,
    gpg_signature_file: before.gpgSignatureFile,
    sigstore_signature_file: before.sigstoreSignatureFile,
    sigstore_cert_file: before.sigstoreCertFile,
    sigstore_bundle_file: before.sigstoreBundleFile,
    sbom_spdx2_file: before.sbomSpdx2File,
  };
  validateReleaseFileUrls(
    {
      ...prev,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    } as typeof prev,
    prev,
    sitePrefix(),
  );
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

export async function deleteReleaseFile(id: number) {
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
  inputs: (ReleaseFileInput & { name: string; url: string; os: string })[],
  userId: number,
): Promise<number> {
  const release = await db.release.findUnique({ where: { id: releaseId }, select: { slug: true } });
  if (!release) throw new AppError("not_found", "No Release matches the given query.");
  for (const input of inputs) {
    try {
      validateReleaseFileUrls(input, undefined, sitePrefix());
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
            osId: idFromLink(input.os),
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
