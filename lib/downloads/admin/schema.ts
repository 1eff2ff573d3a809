/**
 * The downloads admin's forms. Inputs carry the mutations' input names (releaseDate, sha256Sum,
 * osId, ...), so each schema's output is the domain input as it is and the mutations' rule
 * errors, keyed by those names, land on the field they concern.
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
/** Left empty, the mutation makes the slug from the name. */
const slug = () =>
  text()
    .pipe(z.string().max(200, max200).regex(SLUG, SLUG_MESSAGE))
    .transform((v) => v || undefined);

export const releaseFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(z.string().min(1, "Give the release a name, e.g. Python 3.14.1.").max(200, max200)),
    slug: slug(),
    version: z
      .enum(["3", "2", "1", "100"], { error: "Choose a major version." })
      .transform((v) => Number(v) as 1 | 2 | 3 | 100),
    // The form's datetime-local is UTC (the label says so), as the Django admin stores it.
    releaseDate: text()
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give the release date and time."))
      .transform((v) => new Date(`${v}:00Z`)),
    releaseNotesUrl: text().pipe(z.union([z.url("Enter a valid URL.").max(200, max200), z.literal("")])),
    isPublished: checkbox(),
    isLatest: checkbox(),
    preRelease: checkbox(),
    showOnDownloadPage: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const osFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(z.string().min(1, "Give the operating system a name.").max(200, max200)),
    slug: slug(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

const optionalUrl = text().pipe(z.union([z.literal(""), z.url({ error: "Enter a valid URL." }).max(200)]));

/** The file form: checked like the API's serializer, answered as the mutations' input. */
export const releaseFileFormSchema = z
  .object({
    fileId: id(),
    releaseId: id(),
    name: text().pipe(z.string().min(1, "Enter a name.").max(200, max200)),
    osId: z.coerce.number().int().positive("Choose an operating system."),
    description: text().pipe(z.string().max(200, max200)),
    url: text().pipe(z.url({ error: "Enter a valid URL." }).max(200)),
    sha256Sum: text().pipe(z.string().regex(/^([0-9a-fA-F]{64})?$/, "A SHA-256 is 64 hexadecimal digits.")),
    md5Sum: text().pipe(z.string().regex(/^([0-9a-fA-F]{32})?$/, "An MD5 is 32 hexadecimal digits.")),
    filesize: z.coerce
      .number({ error: "Enter a size in bytes." })
      .int("Enter a size in bytes.")
      .min(0, "Enter a size in bytes.")
      .max(2 ** 31 - 1, "That is too large."),
    downloadButton: checkbox(),
    isSource: checkbox(),
    gpgSignatureFile: optionalUrl,
    sigstoreSignatureFile: optionalUrl,
    sigstoreCertFile: optionalUrl,
    sigstoreBundleFile: optionalUrl,
    sbomSpdx2File: optionalUrl,
  })
  // The file stays in its release: releaseId only says which admin page to refresh.
  .transform(({ fileId, releaseId, ...input }) => ({ fileId, releaseId, input }));

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
