/**
 * Tastypie's self-description of the /api/v1/ family: the top-level index (`/api/v1/`) and each
 * resource's `schema/` (pydotorg/urls.py registers v1 resources on one Api("v1")). Field facts
 * follow the Django models (apps/downloads/models.py, apps/pages/models.py) and the resources'
 * Meta (apps/downloads/api.py, apps/pages/api.py); help texts are Tastypie's per field type.
 */
import { z } from "zod";
import { defineOperation } from "./spec";
import { TASTYPIE_DEFAULT_LIMIT, tastypieSetParamsSchema, tastypieSetResponseSchema } from "./tastypie";
import { AppError } from "@/lib/platform/errors";

type FieldType = "string" | "boolean" | "integer" | "datetime" | "related";
type Field = {
  type: FieldType;
  default?: unknown;
  blank?: boolean;
  nullable?: boolean;
  unique?: boolean;
  readonly?: boolean;
};

const HELP: Record<FieldType, string> = {
  string: 'Unicode string data. Ex: "Hello World"',
  boolean: "Boolean data. Ex: True",
  integer: "Integer data. Ex: 2673",
  datetime: 'A date & time as a string. Ex: "2010-11-10T03:07:43"',
  related: "A single related resource. Can be either a URI or set of nested resource data.",
};
const NO_DEFAULT = "No default provided.";
const ALL = 1;
const ALL_WITH_RELATIONS = 2;

const s = (extra: Partial<Field> = {}): Field => ({ type: "string", ...extra });
const b = (def: boolean): Field => ({ type: "boolean", default: def });
const uri: Field = { type: "string", readonly: true };

type Resource = {
  fields: Record<string, Field>;
  filtering: Record<string, string[] | number>;
  list: string[];
  detail: string[];
};

const sidecar = s({ blank: true, default: "" });
export const V1_RESOURCES: Record<string, Resource> = {
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
  },
  "pages/page": {
    fields: {
      content: s({ blank: true, default: "" }),
      description: s({ blank: true, default: "" }),
      is_published: b(true),
      keywords: s({ blank: true, default: "" }),
      path: s({ unique: true }),
      resource_uri: uri,
      template_name: s({ blank: true, default: "" }),
      title: s(),
    },
    filtering: {
      is_published: ["exact"],
      keywords: ["exact", "icontains"],
      path: ["exact"],
      title: ["exact"],
    },
    // GenericResource: staff write through the ApiKey (POST to the list, DELETE of one page).
    list: ["get", "post"],
    detail: ["get", "delete"],
  },
};

/** The resource each related field points at (ToOneField). */
const RELATED: Record<string, Record<string, string>> = {
  "downloads/release": { release_page: "pages/page" },
  "downloads/release_file": { os: "downloads/os", release: "downloads/release" },
};

/** Django's lookup names (QUERY_TERMS), which Tastypie splits off a filter's end. */
const QUERY_TERMS = new Set(
  (
    "exact iexact contains icontains in gt gte lt lte startswith istartswith endswith iendswith range " +
    "year month day week_day iso_week_day week iso_year quarter hour minute second date time isnull regex iregex"
  ).split(" "),
);

const invalidFilter = (message: string) => new AppError("bad_request", message);

/** tastypie/resources.py check_filtering, recursing into related resources. */
function checkFiltering(name: string, field: string, type: string, bits: string[]): void {
  const allowed = V1_RESOURCES[name]!.filtering[field];
  if (allowed === undefined) throw invalidFilter(`The '${field}' field does not allow filtering.`);
  if (Array.isArray(allowed) && !allowed.includes(type))
    throw invalidFilter(`'${type}' is not an allowed filter on the '${field}' field.`);
  if (!bits.length) return;
  const related = RELATED[name]?.[field];
  if (!related) throw invalidFilter(`The '${field}' field does not support relations.`);
  if (allowed !== ALL_WITH_RELATIONS)
    throw invalidFilter(`Lookups are not allowed more than one level deep on the '${field}' field.`);
  checkFiltering(related, bits[0]!, type, bits.slice(1));
}

/**
 * Tastypie's build_filters: a query parameter naming one of the resource's fields must be a
 * filter its Meta allows (400 `{"error": ...}` with Tastypie's words otherwise); parameters that
 * name no field (limit, offset, format, ...) are left alone. A filter Tastypie would allow but
 * this API does not implement (`supported`) is refused too, never silently ignored.
 */
export function assertTastypieFilters(name: string, params: URLSearchParams, supported: readonly string[]) {
  for (const key of new Set(params.keys())) {
    const bits = key.split("__");
    const field = bits.shift()!;
    if (!(field in V1_RESOURCES[name]!.fields)) continue;
    const type = bits.length && QUERY_TERMS.has(bits.at(-1)!) ? bits.pop()! : "exact";
    checkFiltering(name, field, type, bits);
    if (!supported.includes(key)) throw invalidFilter(`Filtering with '${key}' is not supported here.`);
  }
}

/** GET /api/v1/: every resource's list endpoint and schema, keys sorted. */
export function tastypieIndex() {
  return Object.fromEntries(
    Object.keys(V1_RESOURCES)
      .sort()
      .map((name) => [name, { list_endpoint: `/api/v1/${name}/`, schema: `/api/v1/${name}/schema/` }]),
  );
}

/** GET /api/v1/<resource>/schema/ as Tastypie builds it (build_schema). */
export function tastypieSchema(name: keyof typeof V1_RESOURCES & string) {
  const r = V1_RESOURCES[name]!;
  const fields = Object.fromEntries(
    Object.entries(r.fields).map(([field, f]) => [
      field,
      {
        blank: f.blank ?? false,
        default: f.default ?? NO_DEFAULT,
        help_text: HELP[f.type],
        nullable: f.nullable ?? false,
        primary_key: false,
        readonly: f.readonly ?? false,
        ...(f.type === "related" ? { related_type: "to_one" } : {}),
        type: f.type,
        unique: f.unique ?? false,
        verbose_name: field.replace(/_/g, " "),
      },
    ]),
  );
  return {
    allowed_detail_http_methods: r.detail,
    allowed_list_http_methods: r.list,
    default_format: "application/json",
    default_limit: TASTYPIE_DEFAULT_LIMIT,
    fields,
    filtering: r.filtering,
  };
}

export const tastypieIndexSchema = z
  .record(z.string(), z.object({ list_endpoint: z.string(), schema: z.string() }))
  .meta({ id: "V1Index" });
export const tastypieSchemaSchema = z
  .object({
    allowed_detail_http_methods: z.array(z.string()),
    allowed_list_http_methods: z.array(z.string()),
    default_format: z.string(),
    default_limit: z.number(),
    fields: z.record(z.string(), z.record(z.string(), z.unknown())),
    filtering: z.record(z.string(), z.union([z.array(z.string()), z.number()])),
  })
  .meta({ id: "V1ResourceSchema" });

const meta = { tags: ["v1"], errors: "tastypie", rateLimit: { anon: "api-v1", user: "api-v1" } } as const;
const schemaOperation = (name: string) =>
  defineOperation({
    ...meta,
    method: "GET",
    path: `/api/v1/${name}/schema/`,
    summary: `Tastypie schema of ${name}: fields, filters and allowed methods`,
    responses: { 200: { description: "The schema", schema: tastypieSchemaSchema } },
  });

const setOperation = (name: string) =>
  defineOperation({
    ...meta,
    auth: ["apikey"],
    method: "GET",
    path: `/api/v1/${name}/set/{ids}/`,
    summary: `Several ${name} objects by id (ids separated by semicolons); missing ones under not_found`,
    params: tastypieSetParamsSchema,
    responses: { 200: { description: "The objects", schema: tastypieSetResponseSchema } },
  });

export const v1SetOperations: Record<string, ReturnType<typeof setOperation>> = Object.fromEntries(
  Object.keys(V1_RESOURCES).map((name) => [name, setOperation(name)]),
);

export const v1SchemaOperations: Record<string, ReturnType<typeof schemaOperation>> = Object.fromEntries(
  Object.keys(V1_RESOURCES).map((name) => [name, schemaOperation(name)]),
);

export const v1MetaOperations = {
  index: defineOperation({
    ...meta,
    method: "GET",
    path: "/api/v1/",
    summary: "Tastypie index: every v1 resource's list endpoint and schema",
    responses: { 200: { description: "The index", schema: tastypieIndexSchema } },
  }),
  ...v1SchemaOperations,
  ...Object.fromEntries(Object.entries(v1SetOperations).map(([name, op]) => [`set:${name}`, op])),
};
