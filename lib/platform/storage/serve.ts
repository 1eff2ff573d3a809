import { MEDIA_CSP } from "@/lib/platform/cdn/csp.mjs";
import { servedHeaders } from "./content-type";
import { normalizeKey } from "./keys";
import type { Storage } from "./types";

// Keys are not content-addressed (a deleted file's name can be reused), so browsers and the CDN
// keep a file an hour and then revalidate with If-None-Match.
export const MEDIA_CACHE_CONTROL = "public, max-age=3600";
// The stored files' policy lives with the other policies (next.config.mjs sets it on /media/).
export { MEDIA_CSP };

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

function etagMatches(header: string | null, etag: string | undefined): boolean {
  if (!header || !etag) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/**
 * Serves the stored object at the key made of `segments` (the route's catch-all): 404 when the
 * key is not exactly its normalised form (traversal, dot segments) or nothing is stored there;
 * on S3 a 302 to the object's public URL (the bucket or its CDN serves it, so the app never
 * streams large files); on local disk the bytes with the type policy of content-type.ts, an
 * ETag and 304 for a matching If-None-Match. HEAD answers the same headers without a body.
 */
export async function serveStored(request: Request, segments: string[], store: Storage): Promise<Response> {
  // Next hands the segments decoded; keys hold no `%`, so an encoded leftover simply 404s.
  const raw = segments.join("/");
  const key = normalizeKey(raw);
  if (key === null || key !== raw) return notFound();
  if (store.kind === "s3") {
    return new Response(null, {
      status: 302,
      headers: { Location: store.url(key), "Cache-Control": MEDIA_CACHE_CONTROL },
    });
  }
  const object = await store.get(key);
  if (!object) return notFound();
  const { contentType, disposition } = servedHeaders(object.contentType, key);
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Disposition": disposition,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": MEDIA_CSP,
    "Cache-Control": MEDIA_CACHE_CONTROL,
  });
  if (object.etag) headers.set("ETag", object.etag);
  const close = () => {
    if (object.body instanceof ReadableStream) void object.body.cancel().catch(() => {});
  };
  if (etagMatches(request.headers.get("if-none-match"), object.etag)) {
    close();
    headers.delete("Content-Type");
    headers.delete("Content-Disposition");
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Length", String(object.size));
  if (request.method === "HEAD") {
    close();
    return new Response(null, { status: 200, headers });
  }
  return new Response(object.body as BodyInit, { status: 200, headers });
}

