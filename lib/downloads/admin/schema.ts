import { z } from "zod";

// The release form (the admin's names are the API's, so the data layer's errors land on fields).
export const releaseFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the release a name, e.g. Python 3.14.1.")
    .max(200, "Use at most 200 characters."),
  slug: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^[-a-zA-Z0-9_]*$/, "Use letters, numbers, underscores or hyphens only."),
  version: z.enum(["3", "2", "1", "100"], { error: "Choose a major version." }).transform(Number),
  release_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give the release date and time.")
    .transform((v) => new Date(`${v}:00Z`).toISOString()),
  release_notes_url: z.union([
    z.url("Enter a valid URL.").max(200, "Use at most 200 characters."),
    z.literal(""),
  ]),
  is_published: z.boolean(),
  is_latest: z.boolean(),
  pre_release: z.boolean(),
  show_on_download_page: z.boolean(),
});

export const osFormSchema = z.object({
  name: z.string().trim().min(1, "Give the operating system a name.").max(200, "Use at most 200 characters."),
  slug: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^[-a-zA-Z0-9_]*$/, "Use letters, numbers, underscores or hyphens only."),
});

export type DownloadsFormState = {
  done?: string;
  error?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
  redirectTo?: string;
};

export const RELEASE_LIST_SPEC = {
  sorts: ["name", "release_date"],
  defaultSort: "release_date",
  defaultDir: "desc",
  filters: { version: ["3", "2", "1", "100"], published: ["yes", "no"], pre: ["yes", "no"] },
} as const;

const optionalUrl = z.union([z.literal(""), z.url({ error: "Enter a valid URL." }).max(200)]);

/** The admin's file form: strings from FormData, checked like the API's serializer. */
export const releaseFileFormSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
  os: z.coerce.number().int().positive("Choose an operating system."),
  description: z.string().max(200, "Use at most 200 characters."),
  url: z.url({ error: "Enter a valid URL." }).max(200),
  sha256_sum: z
    .string()
    .trim()
    .regex(/^([0-9a-fA-F]{64})?$/, "A SHA-256 is 64 hexadecimal digits."),
  md5_sum: z
    .string()
    .trim()
    .regex(/^([0-9a-fA-F]{32})?$/, "An MD5 is 32 hexadecimal digits."),
  filesize: z.coerce
    .number({ error: "Enter a size in bytes." })
    .int("Enter a size in bytes.")
    .min(0, "Enter a size in bytes.")
    .max(2 ** 31 - 1, "That is too large."),
  download_button: z.boolean(),
  is_source: z.boolean(),
  gpg_signature_file: optionalUrl,
  sigstore_signature_file: optionalUrl,
  sigstore_cert_file: optionalUrl,
  sigstore_bundle_file: optionalUrl,
  sbom_spdx2_file: optionalUrl,
});
export const RELEASE_FILE_TEXT_FIELDS = [
  "name",
  "os",
  "description",
  "url",
  "sha256_sum",
  "md5_sum",
  "filesize",
  "gpg_signature_file",
  "sigstore_signature_file",
  "sigstore_cert_file",
  "sigstore_bundle_file",
  "sbom_spdx2_file",
] as const;
