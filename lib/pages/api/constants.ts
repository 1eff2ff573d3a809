/**
 * What the pages domain registers in the API roots and the OpenAPI document. The v1 resource
 * follows apps/pages/models.py (field facts) and apps/pages/api.py (Meta); lib/site/api-v1-root.ts,
 * api-v2-root.ts and openapi.ts list it, one line each.
 */
import type { ApiOperation } from "@/lib/api/spec";
import { type TastypieResource, tastypieFields } from "@/lib/api/tastypie-resources";
import { pageOperations, v1PageOperations, v1PageWriteOperations } from "./schema";

const { string: s, boolean: b, uri } = tastypieFields;

export const pagesV1Resources: Record<string, TastypieResource> = {
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

/** The DRF router prefix (pydotorg/urls_api.py registers pages first). */
export const pagesV2Prefixes = ["pages/page"];

/** Every documented pages operation (lib/site/openapi.ts lists one array per domain). */
export const pagesOperations: ApiOperation[] = [
  ...Object.values(pageOperations),
  ...Object.values(v1PageOperations),
  ...Object.values(v1PageWriteOperations),
];
