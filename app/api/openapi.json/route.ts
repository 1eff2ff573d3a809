// GET /api/openapi.json — the OpenAPI 3.1 document of the public APIs
import { env } from "@/lib/platform/env";
import { buildOpenApiDocument } from "@/lib/site/openapi";

let cached: string | null = null;

export async function GET() {
  cached ??= JSON.stringify(buildOpenApiDocument(env.SITE_URL));
  return new Response(cached, {
    headers: {
      "content-type": "application/json",
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}
