import { cacheLife, cacheTag } from "next/cache";
import { BOX_LABEL_RE, boxesTags } from "@/lib/boxes/constants";
import { getBoxHtml } from "@/lib/boxes/data";

// Read through the tagged cache: an edit revalidates the box's tag, so the next request is fresh.
async function cachedBox(label: string): Promise<string | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(boxesTags.boxes, boxesTags.box(label));
  return getBoxHtml(label);
}

// GET /box/<label>/ — a box's rendered HTML for pages that load boxes client-side
// (apps/boxes/views.py box); 404 in plain text for a missing label. Impossible labels never reach the cache.
export async function GET(_request: Request, { params }: { params: Promise<{ label: string }> }) {
  const { label } = await params;
  const html = BOX_LABEL_RE.test(label) ? await cachedBox(label) : null;
  if (html === null)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
