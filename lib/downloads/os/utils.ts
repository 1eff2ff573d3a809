import { env } from "@/lib/env";

/** DRF hyperlinks are absolute (https://www.python.org/api/v2/...): built from SITE_URL here. */
export function apiV2Url(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

export function toOsResponse(os: { id: number; name: string; slug: string }) {
  return { name: os.name, slug: os.slug, resource_uri: apiV2Url(`/api/v2/downloads/os/${os.id}/`) };
}
