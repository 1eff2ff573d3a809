import { getRawPageBody } from "@/lib/pages/data";
import { isHtmlContentType, normalizePath, responseContentType } from "@/lib/pages/utils";

// A published page with the raw layout (templates/pages/raw.html) or a content type other than
// HTML, sent as it is with its own Content-Type. The proxy rewrites the page's own URL here; the
// CDN keeps the answer for five minutes, and a page save purges its URL.
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  const page = await getRawPageBody(normalizePath(segments.map(decodeURIComponent).join("/")));
  if (!page) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const html = isHtmlContentType(page.contentType);
  return new Response(page.body, {
    headers: {
      "Content-Type": responseContentType(page.contentType),
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
      // Non-HTML bodies are the editor's source, unsanitized: a browser that renders one (XML,
      // SVG) runs nothing from it.
      ...(html ? {} : { "Content-Security-Policy": "sandbox; default-src 'none'" }),
    },
  });
}
