import { apiV2Url } from "@/lib/api/drf";
import type { OsRow } from "@/lib/downloads/os/data";
import type { OsFilter } from "@/lib/downloads/os/schema";

/** OSSerializer, field for field and in its order. */
export function toOsResponse(os: OsRow) {
  return { name: os.name, slug: os.slug, resource_uri: apiV2Url(`/api/v2/downloads/os/${os.id}/`) };
}

/** OSViewSet filterset_fields = name, slug (exact). */
export const toOsFilter = (q: { name?: string; slug?: string }): OsFilter => ({ name: q.name, slug: q.slug });
