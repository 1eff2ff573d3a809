/** The downloads admin's screens (apps/downloads/admin.py): staff and the Downloads Admin group. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canManageDownloads } from "@/lib/downloads/permissions";

export const releasesSection: AdminSection = {
  href: "/admin/downloads/",
  label: "Releases",
  allowed: canManageDownloads,
};

export const downloadsAdmin: AdminSection[] = [releasesSection];

export const RELEASE_LIST_SPEC = {
  sorts: ["name", "release_date"],
  defaultSort: "release_date",
  defaultDir: "desc",
  filters: { version: ["3", "2", "1", "100"], published: ["yes", "no"], pre: ["yes", "no"] },
} as const;

export const MAJOR_VERSIONS = [
  { value: "3", label: "Python 3" },
  { value: "2", label: "Python 2" },
  { value: "1", label: "Python 1" },
  { value: "100", label: "Python install manager" },
] as const;

// The forms' field descriptions (components/admin/model-form). Names are the mutations' input
// names (lib/downloads/*/schema.ts), so their rule errors land on the field they concern.

export const releaseFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Slug", help: "Left empty, it is made from the name (python-3141)." },
  { name: "version", label: "Major version", kind: "select", options: MAJOR_VERSIONS },
  { name: "releaseDate", label: "Release date (UTC)", kind: "datetime" },
  { name: "releaseNotesUrl", label: "Release notes URL", kind: "url" },
  { name: "isPublished", label: "Published", kind: "checkbox" },
  {
    name: "isLatest",
    label: "Latest of its major version (the previous latest is demoted)",
    kind: "checkbox",
  },
  { name: "preRelease", label: "Pre-release", kind: "checkbox" },
  { name: "showOnDownloadPage", label: "Show on the downloads page", kind: "checkbox" },
];

export const releaseFileFields = (systems: readonly { id: number; name: string }[]): FieldSpec[] => [
  { name: "name", label: "Name" },
  {
    name: "osId",
    label: "Operating system",
    kind: "select",
    options: systems.map((os) => ({ value: String(os.id), label: os.name })),
  },
  { name: "description", label: "Description" },
  {
    name: "url",
    label: "URL",
    kind: "url",
    help: "Under the download site; sidecar URLs are this URL plus their suffix.",
  },
  { name: "sha256Sum", label: "SHA-256" },
  { name: "md5Sum", label: "MD5 (old releases only)" },
  { name: "filesize", label: "Size in bytes", kind: "number" },
  { name: "gpgSignatureFile", label: "GPG signature URL (.asc)", kind: "url" },
  { name: "sigstoreBundleFile", label: "Sigstore bundle URL (.sigstore)", kind: "url" },
  { name: "sigstoreSignatureFile", label: "Sigstore signature URL (.sig)", kind: "url" },
  { name: "sigstoreCertFile", label: "Sigstore certificate URL (.crt)", kind: "url" },
  { name: "sbomSpdx2File", label: "SBOM URL (.spdx.json)", kind: "url" },
  { name: "downloadButton", label: "Download button for its operating system", kind: "checkbox" },
  { name: "isSource", label: "Source distribution", kind: "checkbox" },
];

export const addFilesFields: FieldSpec[] = [
  {
    name: "lines",
    label:
      "One file per line: URL, operating system, then optionally SHA-256, size in bytes and the flags asc, sigstore, sbom, button, source",
    kind: "textarea",
    rows: 6,
    mono: true,
  },
];

export const osFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Slug" },
];

export const releaseManagerKeyFields: FieldSpec[] = [
  { name: "name", label: "Release manager" },
  { name: "armoredKey", label: "Armored public key", kind: "textarea", rows: 8, mono: true },
];
