// GET /api/docs/<asset> — Swagger UI's files from the swagger-ui-dist package, and its start-up script
import { readFile } from "node:fs/promises";
import path from "node:path";

const files: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// An external script (not inline) so the page works under a strict Content-Security-Policy.
const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, tryItOutEnabled: false });`;

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  if (asset === "init.js")
    return new Response(init, {
      headers: { "content-type": files["swagger-ui-bundle.js"]!, "cache-control": "public, max-age=300" },
    });
  const type = files[asset];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset));
  return new Response(body, { headers: { "content-type": type, "cache-control": "public, max-age=86400" } });
}
