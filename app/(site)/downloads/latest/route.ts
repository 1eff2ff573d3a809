import { resolveLatest } from "@/lib/downloads/redirects";

// GET /downloads/latest/ — the latest Python 3 release (302, it changes with every release).
export async function GET(request: Request) {
  const target = (await resolveLatest("python3")) ?? "/downloads/";
  return Response.redirect(new URL(target, request.url), 302);
}
