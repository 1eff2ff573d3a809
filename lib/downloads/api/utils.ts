/**
 * Wire ↔ domain helpers shared by the v1 (Tastypie) and v2 (DRF) downloads adapters. Domain
 * code knows rows by id; only the API speaks in hyperlinks and resource URIs.
 */
import type { WireErrors } from "@/lib/api/spec";
import { NO_SUCH_RELEASE_PAGE } from "@/lib/downloads/release/utils";
import { NO_SUCH_OS_OR_RELEASE, NO_SUCH_RELEASE } from "@/lib/downloads/release-file/utils";
import { FORM_ERROR } from "@/lib/platform/errors";

/** The primary key at the end of a checked hyperlink or resource URI ("/api/v2/downloads/os/3/" → 3). */
export function idFromLink(link: string): number {
  return Number(/\/(\d+)\/?$/.exec(link)![1]);
}

/** DRF's DateTimeField output in UTC: "2023-10-02T12:50:09Z", microseconds only when present. */
export function drfDateTime(d: Date): string {
  const iso = d.toISOString();
  return d.getUTCMilliseconds() ? iso.replace(/\.(\d{3})Z$/, ".$1000Z") : iso.replace(/\.000Z$/, "Z");
}

/** DRF's HyperlinkedRelatedField message for a pk with no row (rest_framework/relations.py). */
const HYPERLINK_MISSING = "Invalid hyperlink - Object does not exist.";

/**
 * The release mutations' errors as the serializers answered them, for v2 (DRF) and v1 alike:
 * the v1 resource has always answered a missing page with DRF's wording inside Tastypie's
 * envelope, and keeps doing so byte for byte.
 */
export const releaseWireErrors: WireErrors = {
  fields: { releasePageId: "release_page", [FORM_ERROR]: "non_field_errors" },
  messages: { [NO_SUCH_RELEASE_PAGE]: HYPERLINK_MISSING },
};

/**
 * The release-file mutations' errors as ReleaseFileSerializer answered them: snake_case fields,
 * the relations by their field names, Django's NON_FIELD_ERRORS for the one-button-per-OS rule
 * and for a foreign key the database refused (v1 answers the same inside Tastypie's envelope).
 */
export const releaseFileWireErrors: WireErrors = {
  fields: {
    osId: "os",
    releaseId: "release",
    gpgSignatureFile: "gpg_signature_file",
    sigstoreSignatureFile: "sigstore_signature_file",
    sigstoreCertFile: "sigstore_cert_file",
    sigstoreBundleFile: "sigstore_bundle_file",
    sbomSpdx2File: "sbom_spdx2_file",
    [FORM_ERROR]: "non_field_errors",
  },
  messages: { [NO_SUCH_RELEASE]: HYPERLINK_MISSING, [NO_SUCH_OS_OR_RELEASE]: HYPERLINK_MISSING },
};
