import { legacyMediaPath, mediaUrl } from "@/lib/platform/storage";

type Context = { params: Promise<{ path: string[] }> };

// GET /m/<path>/ — pydotorg/views.py MediaMigrationView: legacy media URLs answer 301 to the
// stored file's public URL (python.org: <endpoint>/<bucket>/media/<path>), traversal stripped,
// query string dropped.
export async function GET(_request: Request, { params }: Context) {
  const mediaPath = legacyMediaPath((await params).path.join("/"));
  if (mediaPath === null)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, {
    status: 301,
    headers: { Location: mediaUrl(mediaPath), "Cache-Control": "public, max-age=86400" },
  });
}

// HEAD /m/<path>/ — the same answer
export const HEAD = GET;
