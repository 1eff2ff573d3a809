import { resolveLatest } from "@/lib/downloads/redirects";

// GET /downloads/latest/{python3,python2,python3.N,prerelease,pymanager}/ — 302 to that release.
export async function GET(request: Request, { params }: { params: Promise<{ which: string }> }) {
  const target = await resolveLatest((await params).which);
  if (!target) return new Response("Not found", { status: 404 });
  return Response.redirect(new URL(target, request.url), 302);
}
