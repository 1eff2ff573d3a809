/**
 * The /api/v1/ family (a composition root): every domain's Tastypie resources on one Api("v1"),
 * as pydotorg/urls.py registers them. A domain with v1 resources adds one line to `resources`.
 */
import { createTastypieApi } from "@/lib/api/tastypie-resources";
import { downloadsV1Resources } from "@/lib/downloads/api/constants";
import { pagesV1Resources } from "@/lib/pages/api/constants";

const resources = {
  ...downloadsV1Resources,
  ...pagesV1Resources,
};

export { tastypieIndexSchema, tastypieSchemaSchema } from "@/lib/api/tastypie-resources";
export const {
  assertTastypieFilters,
  tastypieIndex,
  tastypieSchema,
  v1SetOperations,
  v1SchemaOperations,
  v1MetaOperations,
} = createTastypieApi(resources);
