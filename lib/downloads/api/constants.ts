/**
 * What the downloads domain registers in the API roots and the OpenAPI document. The v1
 * resources follow apps/downloads/models.py (field facts) and apps/downloads/api.py (each
 * resource's Meta: filtering, allowed methods); lib/site/api-v1-root.ts, api-v2-root.ts and
 * openapi.ts list them, one line each.
 */
import type { ApiOperation } from "@/lib/api/spec";
import { ALL, ALL_WITH_RELATIONS, type TastypieResource, tastypieFields } from "@/lib/api/tastypie-resources";
import { downloadStatsOperations } from "@/lib/downloads/api/stats/schema";
import { v1OsOperations } from "./v1/os/schema";
import { v1ReleaseFileOperations } from "./v1/release-file/schema";
import { v1ReleaseOperations } from "./v1/release/schema";
import { osOperations } from "./v2/os/schema";
import { releaseFileOperations } from "./v2/release-file/schema";
import { releaseOperations } from "./v2/release/schema";

const { string: s, boolean: b, uri } = tastypieFields;
const sidecar = s({ blank: true, default: "" });

export const downloadsV1Resources: Record<string, TastypieResource> = {
  "downloads/os": {
    fields: { name: s(), resource_uri: uri, slug: s({ unique: true }) },
    filtering: { name: ["exact"], slug: ["exact"] },
    list: ["get", "post"],
    detail: ["get", "delete"],
  },
  "downloads/release": {
    fields: {
      is_latest: b(false),
      is_published: b(false),
      name: s(),
      pre_release: b(false),
      release_date: { type: "datetime", nullable: true },
      release_notes_url: s({ blank: true, default: "" }),
      release_page: { type: "related", nullable: true },
      resource_uri: uri,
      show_on_download_page: b(true),
      slug: s({ unique: true }),
      version: { type: "integer", default: 3 },
    },
    filtering: {
      is_published: ["exact"],
      name: ["exact"],
      pre_release: ["exact"],
      release_date: ALL,
      slug: ["exact"],
      version: ["exact", "startswith"],
    },
    list: ["get", "post"],
    detail: ["get", "delete"],
    related: { release_page: "pages/page" },
  },
  "downloads/release_file": {
    fields: {
      description: s({ blank: true, default: "" }),
      download_button: b(false),
      filesize: { type: "integer", default: 0 },
      gpg_signature_file: sidecar,
      is_source: b(false),
      md5_sum: s({ blank: true, default: "" }),
      name: s(),
      os: { type: "related" },
      release: { type: "related" },
      resource_uri: uri,
      sbom_spdx2_file: sidecar,
      sha256_sum: s({ blank: true, default: "" }),
      sigstore_bundle_file: sidecar,
      sigstore_cert_file: sidecar,
      sigstore_signature_file: sidecar,
      slug: s({ unique: true }),
      url: s({ unique: true }),
    },
    filtering: {
      description: ["contains"],
      name: ["exact"],
      os: ALL_WITH_RELATIONS,
      release: ALL_WITH_RELATIONS,
      slug: ["exact"],
    },
    list: ["get", "post", "delete"],
    detail: ["get", "delete"],
    related: { os: "downloads/os", release: "downloads/release" },
  },
};

/** The DRF router prefixes (pydotorg/urls_api.py), in registration order. */
export const downloadsV2Prefixes = ["downloads/os", "downloads/release", "downloads/release_file"];

/** Every documented downloads operation (lib/site/openapi.ts lists one array per domain). */
export const downloadsOperations: ApiOperation[] = [
  ...Object.values(osOperations),
  ...Object.values(releaseOperations),
  ...Object.values(releaseFileOperations),
  ...Object.values(v1OsOperations),
  ...Object.values(v1ReleaseOperations),
  ...Object.values(v1ReleaseFileOperations),
  ...Object.values(downloadStatsOperations),
];
