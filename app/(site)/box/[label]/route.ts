import { getBoxHtml } from "@/lib/pages/data";

// GET /box/<label>/ — a box's rendered HTML, for pages that load boxes client-side (apps/boxes).
export async function GET(_request: Request, { params }: { params: Promise<{ label: string }> }) {
  const { label } = await params;
  const html = /^[a-z0-9-]{1,100}$/.test(label) ? await getBoxHtml(label) : null;
  if (html === null)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
