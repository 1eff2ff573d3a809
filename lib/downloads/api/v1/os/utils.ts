import { sortKeys } from "@/lib/api/tastypie";
import type { OsRow } from "@/lib/downloads/os/data";

/** OSResource's dehydrated object: keys sorted, related rows as v1 resource URIs. */
export const toV1Os = (o: OsRow) =>
  sortKeys({ name: o.name, resource_uri: `/api/v1/downloads/os/${o.id}/`, slug: o.slug });
