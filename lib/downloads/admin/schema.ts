/**
 * The downloads admin's forms. Inputs keep the API's field names (release_date, sha256_sum, ...)
 * so the mutations' rule errors, worded like the API's serializers, land on the right field;
 * each schema's output is the mutations' domain input (camelCase, the OS by id).
 */
import { z } from "zod";
import { checkbox, many, optionalInt, text } from "@/lib/platform/forms";

const SLUG = /^[-a-zA-Z0-9_]*$/;
const SLUG_MESSAGE = "Use letters, numbers, underscores or hyphens only.";
const max200 = "Use at most 200 characters.";
const id = () =>
  z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1);

export const releaseFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(z.string().min(1, "Give the release a name, e.g. Python 3.14.1.").max(200, max200)),
    slug: text().pipe(z.string().max(200, max200).regex(SLUG, SLUG_MESSAGE)),
    version: z.enum(["3", "2", "1", "100"], { error: "Choose a major version." }),
    // The form's datetime-local is UTC (the label says so), as the Django admin stores it.
    release_date: text()
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give the release date and time."))
      .transform((v) => new Date(`${v}:00Z`)),
    release_notes_url: text().pipe(z.union([z.url("Enter a valid URL.").max(200, max200), z.literal("")])),
    is_published: checkbox(),
    is_latest: checkbox(),
    pre_release: checkbox(),
    show_on_download_page: checkbox(),
  })
  .transform((f) => ({
    id: f.id,
    input: {
      name: f.name,
      slug: f.slug || undefined,
      version: Number(f.version) as 1 | 2 | 3 | 100,
      releaseDate: f.release_date,
      releaseNotesUrl: f.release_notes_url,
      isPublished: f.is_published,
      isLatest: f.is_latest,
      preRelease: f.pre_release,
      showOnDownloadPage: f.show_on_download_page,
    },
  }));

export const osFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(z.string().min(1, "Give the operating system a name.").max(200, max200)),
    slug: text().pipe(z.string().max(200, max200).regex(SLUG, SLUG_MESSAGE)),
  })
  .transform((f) => ({ id: f.id, input: { name: f.name, slug: f.slug || undefined } }));

const optionalUrl = text().pipe(z.union([z.literal(""), z.url({ error: "Enter a valid URL." }).max(200)]));

/** The file form: checked like the API's serializer, answered as the mutations' input. */
export const releaseFileFormSchema = z
  .object({
    fileId: id(),
    releaseId: id(),
    name: text().pipe(z.string().min(1, "Enter a name.").max(200, max200)),
    os: z.coerce.number().int().positive("Choose an operating system."),
    description: text().pipe(z.string().max(200, max200)),
    url: text().pipe(z.url({ error: "Enter a valid URL." }).max(200)),
    sha256_sum: text().pipe(z.string().regex(/^([0-9a-fA-F]{64})?$/, "A SHA-256 is 64 hexadecimal digits.")),
    md5_sum: text().pipe(z.string().regex(/^([0-9a-fA-F]{32})?$/, "An MD5 is 32 hexadecimal digits.")),
    filesize: z.coerce
      .number({ error: "Enter a size in bytes." })
      .int("Enter a size in bytes.")
      .min(0, "Enter a size in bytes.")
      .max(2 ** 31 - 1, "That is too large."),
    download_button: checkbox(),
    is_source: checkbox(),
    gpg_signature_file: optionalUrl,
    sigstore_signature_file: optionalUrl,
    sigstore_cert_file: optionalUrl,
    sigstore_bundle_file: optionalUrl,
    sbom_spdx2_file: optionalUrl,
  })
  .transform((f) => ({
    fileId: f.fileId,
    releaseId: f.releaseId,
    input: {
      name: f.name,
      osId: f.os,
      description: f.description,
      url: f.url,
      sha256Sum: f.sha256_sum,
      md5Sum: f.md5_sum,
      filesize: f.filesize,
      downloadButton: f.download_button,
      isSource: f.is_source,
      gpgSignatureFile: f.gpg_signature_file,
      sigstoreSignatureFile: f.sigstore_signature_file,
      sigstoreCertFile: f.sigstore_cert_file,
      sigstoreBundleFile: f.sigstore_bundle_file,
      sbomSpdx2File: f.sbom_spdx2_file,
    },
  }));

/** The bulk "add files" text (lib/downloads/admin/utils parseFileLines reads the lines). */
export const addFilesFormSchema = z.object({
  releaseId: id(),
  lines: z.preprocess((v) => v ?? "", z.string()),
});

export const releaseManagerKeyFormSchema = z.object({
  name: text().pipe(
    z.string().min(1, "Give the key's owner, e.g. the release manager's name.").max(200, max200),
  ),
  armoredKey: text().pipe(
    z.string().min(1, "Paste the armored public key.").max(100_000, "That key is too large."),
  ),
});

export const releaseFileRefSchema = z.object({ fileId: id(), releaseId: id() });
export const releaseRefSchema = z.object({ releaseId: id() });
export const releasesBulkSchema = z.object({
  ids: many(id()).pipe(z.array(z.number()).min(1).max(100)),
  op: z.enum(["publish", "unpublish"]),
});
export const keyOpSchema = z.object({ id: id(), op: z.enum(["activate", "deactivate"]) });
