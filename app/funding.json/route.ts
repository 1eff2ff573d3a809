import { readFundingManifest } from "@/lib/site/funding/manifest";

// GET /funding.json — the PSF's floss.fund manifest, JSON (errors too).
export async function GET() {
  const { status, body } = await readFundingManifest();
  return Response.json(body, {
    status,
    headers: status === 200 ? { "Cache-Control": "public, max-age=3600" } : { "Cache-Control": "no-store" },
  });
}
