import { findReleaseByVersion } from "@/lib/downloads/data";

// GET /download/releases/X.Y.Z/ — legacy page path, 301 to the release page (apps/pages/views.py).
export async function GET(request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  const release = /^\d+(\.\d+){1,2}$/.test(version) ? await findReleaseByVersion(version) : null;
  if (!release) return new Response("Not found", { status: 404 });
  return Response.redirect(new URL(`/downloads/release/${release.slug}/`, request.url), 301);
}
