// GET /api/docs/<asset> — Swagger UI's files from the swagger-ui-dist package (the page is app/api/docs/page.tsx)
import { readFile } from "node:fs/promises";
import path from "node:path";

const files: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  const type = files[asset];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset));
  return new Response(body, { headers: { "content-type": type, "cache-control": "public, max-age=86400" } });
}
