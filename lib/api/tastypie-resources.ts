/**
 * Tastypie's self-description of the /api/v1/ family: the top-level index (`/api/v1/`), each
 * resource's `schema/`, its `set/` and its filter checks (pydotorg/urls.py registers v1
 * resources on one Api("v1")). The resources themselves are domain facts: each domain lists its
 * own (e.g. lib/downloads/api/constants.ts, following the Django models and the resources'
 * Meta), and the v1 root (lib/site/api-v1-root.ts) hands them all to createTastypieApi().
 * Help texts are Tastypie's per field type.
 */
import { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import { defineOperation } from "./spec";
import { TASTYPIE_DEFAULT_LIMIT, tastypieSetParamsSchema, tastypieSetResponseSchema } from "./tastypie";

type FieldType = "string" | "boolean" | "integer" | "datetime" | "related";
export type TastypieField = {
  type: FieldType;
  default?: unknown;
  blank?: boolean;
  nullable?: boolean;
  unique?: boolean;
  readonly?: boolean;
};

export type TastypieResource = {
  fields: Record<string, TastypieField>;
  filtering: Record<string, string[] | number>;
  list: string[];
  detail: string[];
  /** The resource each related field points at (ToOneField), by resource name. */
  related?: Record<string, string>;
};

const HELP: Record<FieldType, string> = {
  string: 'Unicode string data. Ex: "Hello World"',
  boolean: "Boolean data. Ex: True",
  integer: "Integer data. Ex: 2673",
  datetime: 'A date & time as a string. Ex: "2010-11-10T03:07:43"',
  related: "A single related resource. Can be either a URI or set of nested resource data.",
};
const NO_DEFAULT = "No default provided.";
/** Meta.filtering's ALL and ALL_WITH_RELATIONS (tastypie/constants.py). */
export const ALL = 1;
export const ALL_WITH_RELATIONS = 2;

/** Field builders for the domains' resource lists. */
export const tastypieFields = {
  string: (extra: Partial<TastypieField> = {}): TastypieField => ({ type: "string", ...extra }),
  boolean: (def: boolean): TastypieField => ({ type: "boolean", default: def }),
  uri: { type: "string", readonly: true } as TastypieField,
};

/** Django's lookup names (QUERY_TERMS), which Tastypie splits off a filter's end. */
const QUERY_TERMS = new Set(
  (
    "exact iexact contains icontains in gt gte lt lte startswith istartswith endswith iendswith range " +
    "year month day week_day iso_week_day week iso_year quarter hour minute second date time isnull regex iregex"
  ).split(" "),
);

const invalidFilter = (message: string) => new AppError("bad_request", message);

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

/** The v1 API over one registry of resources (one Api("v1") in Django). */
export function createTastypieApi(resources: Record<string, TastypieResource>) {
  /** tastypie/resources.py check_filtering, recursing into related resources. */
  function checkFiltering(name: string, field: string, type: string, bits: string[]): void {
    const allowed = resources[name]!.filtering[field];
    if (allowed === undefined) throw invalidFilter(`The '${field}' field does not allow filtering.`);
    if (Array.isArray(allowed) && !allowed.includes(type))
      throw invalidFilter(`'${type}' is not an allowed filter on the '${field}' field.`);
    if (!bits.length) return;
    const related = resources[name]!.related?.[field];
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
  function assertTastypieFilters(name: string, params: URLSearchParams, supported: readonly string[]) {
    for (const key of new Set(params.keys())) {
      const bits = key.split("__");
      const field = bits.shift()!;
      if (!(field in resources[name]!.fields)) continue;
      const type = bits.length && QUERY_TERMS.has(bits.at(-1)!) ? bits.pop()! : "exact";
      checkFiltering(name, field, type, bits);
      if (!supported.includes(key)) throw invalidFilter(`Filtering with '${key}' is not supported here.`);
    }
  }

  /** GET /api/v1/: every resource's list endpoint and schema, keys sorted. */
  function tastypieIndex() {
    return Object.fromEntries(
      Object.keys(resources)
        .sort()
        .map((name) => [name, { list_endpoint: `/api/v1/${name}/`, schema: `/api/v1/${name}/schema/` }]),
    );
  }

  /** GET /api/v1/<resource>/schema/ as Tastypie builds it (build_schema). */
  function tastypieSchema(name: string) {
    const r = resources[name]!;
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

  const names = Object.keys(resources);
  const v1SetOperations: Record<string, ReturnType<typeof setOperation>> = Object.fromEntries(
    names.map((name) => [name, setOperation(name)]),
  );
  const v1SchemaOperations: Record<string, ReturnType<typeof schemaOperation>> = Object.fromEntries(
    names.map((name) => [name, schemaOperation(name)]),
  );
  const v1MetaOperations = {
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

  return {
    assertTastypieFilters,
    tastypieIndex,
    tastypieSchema,
    v1SetOperations,
    v1SchemaOperations,
    v1MetaOperations,
  };
}
