/**
 * The python.org API tables (reference/pythondotorg.md §3.1–§3.3) as data: for every v1 and v2
 * resource, the fields in the order they are served, the filters with their lookups, the methods
 * allowed on the list and on one object, and who may write. api-reference.spec.ts turns each row
 * into requests; change a row here only when the reference changes.
 */
export type Item = Record<string, unknown>;

/** How a filter's sample value is taken from an item, and what every result must then satisfy. */
export type Lookup =
  | "exact"
  | "startswith"
  | "contains"
  | "icontains"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "range"
  | "pk" // a relation by primary key: ?os=3
  | "slug"; // a relation by the related object's slug: ?os__slug=windows

export type FilterRef = { param: string; field: string; lookup: Lookup };

export type ResourceRef = {
  api: "v1" | "v2";
  name: "downloads/os" | "downloads/release" | "downloads/release_file" | "pages/page";
  /** Served key order: v1 (Tastypie) sorts keys; v2 follows the serializer's Meta.fields. */
  fields: string[];
  /** Related resources rendered as URIs (v1 relative, v2 absolute). */
  relations: Record<string, ResourceRef["name"]>;
  /** Datetime fields: v1 naive UTC ("2013-05-15T00:00:00"), v2 ISO-8601 with Z. */
  dates: string[];
  /** Optional URL fields, "" when empty (never null). */
  optionalUrls: string[];
  filters: FilterRef[];
  /** v2 BaseFilterSet: an unknown parameter is 400 rather than ignored. */
  strict: boolean;
  listMethods: string[];
  detailMethods: string[];
  /** Who may POST: staff only; pages through v2 nobody (read-only viewset, 405 for staff). */
  staffWrites: boolean;
};

const exact = (...fields: string[]): FilterRef[] =>
  fields.map((f) => ({ param: f, field: f, lookup: "exact" }));
const by = (field: string, lookups: Lookup[]): FilterRef[] =>
  lookups.map((lookup) => ({ param: lookup === "exact" ? field : `${field}__${lookup}`, field, lookup }));

const FILE_URLS = [
  "gpg_signature_file",
  "sigstore_signature_file",
  "sigstore_cert_file",
  "sigstore_bundle_file",
  "sbom_spdx2_file",
];

const V1_LIST = ["GET", "POST"];
const V1_DETAIL = ["GET", "DELETE"];
const V2_ALL = ["GET", "POST", "PUT", "PATCH", "DELETE"];

export const RESOURCES: ResourceRef[] = [
  // §3.1 Tastypie
  {
    api: "v1",
    name: "downloads/os",
    fields: ["name", "resource_uri", "slug"],
    relations: {},
    dates: [],
    optionalUrls: [],
    filters: exact("name", "slug"),
    strict: false,
    listMethods: V1_LIST,
    detailMethods: V1_DETAIL,
    staffWrites: true,
  },
  {
    api: "v1",
    name: "downloads/release",
    fields: [
      "is_latest",
      "is_published",
      "name",
      "pre_release",
      "release_date",
      "release_notes_url",
      "release_page",
      "resource_uri",
      "show_on_download_page",
      "slug",
      "version",
    ],
    relations: { release_page: "pages/page" },
    dates: ["release_date"],
    optionalUrls: [],
    filters: [
      ...exact("name", "slug", "is_published", "pre_release"),
      ...by("version", ["exact", "startswith"]),
      ...by("release_date", ["exact", "gt", "gte", "lt", "lte", "range"]),
    ],
    strict: false,
    listMethods: V1_LIST,
    detailMethods: V1_DETAIL,
    staffWrites: true,
  },
  {
    api: "v1",
    name: "downloads/release_file",
    fields: [
      "description",
      "download_button",
      "filesize",
      "gpg_signature_file",
      "is_source",
      "md5_sum",
      "name",
      "os",
      "release",
      "resource_uri",
      "sbom_spdx2_file",
      "sha256_sum",
      "sigstore_bundle_file",
      "sigstore_cert_file",
      "sigstore_signature_file",
      "slug",
      "url",
    ],
    relations: { os: "downloads/os", release: "downloads/release" },
    dates: [],
    optionalUrls: FILE_URLS,
    filters: [
      ...exact("name", "slug"),
      { param: "os", field: "os", lookup: "pk" },
      { param: "release", field: "release", lookup: "pk" },
      { param: "os__slug", field: "os", lookup: "slug" },
      { param: "release__slug", field: "release", lookup: "slug" },
      { param: "description__contains", field: "description", lookup: "contains" },
    ],
    strict: false,
    listMethods: V1_LIST,
    detailMethods: V1_DETAIL,
    staffWrites: true,
  },
  {
    api: "v1",
    name: "pages/page",
    fields: [
      "content",
      "description",
      "is_published",
      "keywords",
      "path",
      "resource_uri",
      "template_name",
      "title",
    ],
    relations: {},
    dates: [],
    optionalUrls: [],
    filters: [...exact("title", "path", "is_published"), ...by("keywords", ["exact", "icontains"])],
    strict: false,
    listMethods: V1_LIST,
    detailMethods: V1_DETAIL,
    staffWrites: true,
  },
  // §3.2 / §3.3 Django REST Framework
  {
    api: "v2",
    name: "downloads/os",
    fields: ["name", "slug", "resource_uri"],
    relations: {},
    dates: [],
    optionalUrls: [],
    filters: exact("name", "slug"),
    strict: false,
    listMethods: ["GET", "POST"],
    detailMethods: ["GET", "PUT", "PATCH", "DELETE"],
    staffWrites: true,
  },
  {
    api: "v2",
    name: "downloads/release",
    fields: [
      "name",
      "slug",
      "version",
      "is_published",
      "is_latest",
      "release_date",
      "pre_release",
      "release_page",
      "release_notes_url",
      "show_on_download_page",
      "resource_uri",
    ],
    relations: { release_page: "pages/page" },
    dates: ["release_date"],
    optionalUrls: ["release_notes_url"],
    filters: exact("name", "slug", "is_published", "pre_release", "version", "release_date"),
    strict: false,
    listMethods: ["GET", "POST"],
    detailMethods: ["GET", "PUT", "PATCH", "DELETE"],
    staffWrites: true,
  },
  {
    api: "v2",
    name: "downloads/release_file",
    fields: [
      "name",
      "slug",
      "os",
      "release",
      "description",
      "is_source",
      "url",
      "gpg_signature_file",
      "md5_sum",
      "sha256_sum",
      "filesize",
      "download_button",
      "resource_uri",
      "sigstore_signature_file",
      "sigstore_cert_file",
      "sigstore_bundle_file",
      "sbom_spdx2_file",
    ],
    relations: { os: "downloads/os", release: "downloads/release" },
    dates: [],
    optionalUrls: FILE_URLS,
    filters: [
      ...exact("name", "slug"),
      { param: "description__contains", field: "description", lookup: "contains" },
      { param: "os", field: "os", lookup: "pk" },
      { param: "release", field: "release", lookup: "pk" },
    ],
    strict: true,
    listMethods: ["GET", "POST"],
    detailMethods: ["GET", "PUT", "PATCH", "DELETE"],
    staffWrites: true,
  },
  {
    api: "v2",
    name: "pages/page",
    fields: [
      "title",
      "path",
      "keywords",
      "description",
      "content",
      "is_published",
      "template_name",
      "resource_uri",
    ],
    relations: {},
    dates: [],
    optionalUrls: [],
    filters: [...exact("title", "path", "is_published"), ...by("keywords", ["exact", "icontains"])],
    strict: true,
    listMethods: ["GET"],
    detailMethods: ["GET"],
    staffWrites: false,
  },
];

export const ALL_METHODS = V2_ALL;

/** The reference's field list of one resource, in served order. */
export function fieldsOf(api: ResourceRef["api"], name: ResourceRef["name"]): string[] {
  return RESOURCES.find((r) => r.api === api && r.name === name)!.fields;
}
