import { apiV2Url } from "@/lib/api/drf";

export function toOsResponse(os: { id: number; name: string; slug: string }) {
  return { name: os.name, slug: os.slug, resource_uri: apiV2Url(`/api/v2/downloads/os/${os.id}/`) };
}
