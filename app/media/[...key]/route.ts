import { serveStored } from "@/lib/platform/storage/serve";
import { storage } from "@/lib/platform/storage";

type Context = { params: Promise<{ key: string[] }> };

// GET /media/<key> — a stored file (page images and documents, logos): lib/platform/storage/serve.ts
export async function GET(request: Request, { params }: Context) {
  return serveStored(request, (await params).key, storage());
}

// HEAD /media/<key> — the same headers, no body
export async function HEAD(request: Request, { params }: Context) {
  return serveStored(request, (await params).key, storage());
}
