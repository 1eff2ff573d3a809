import { env } from "@/lib/platform/env";

/** DRF hyperlinks are absolute (https://www.python.org/api/v2/...): built from SITE_URL here. */
export function apiV2Url(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}
