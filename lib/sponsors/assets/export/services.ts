import "server-only";
import { storage } from "@/lib/platform/storage";
import { zipStream, type ZipEntry } from "@/lib/platform/zip";
import type { ExportAsset } from "./data";
import { assetEntryName, assetValue, isFileAsset } from "./utils";

async function bytesOf(key: string): Promise<Uint8Array> {
  const obj = await storage().get(key);
  if (!obj) return new Uint8Array();
  return obj.body instanceof Uint8Array
    ? obj.body
    : new Uint8Array(await new Response(obj.body).arrayBuffer());
}

/** The selected assets as a streamed ZIP, a directory per sponsor; one file read at a time. */
export function assetsZip(assets: ExportAsset[]): ReadableStream<Uint8Array> {
  async function* entries(): AsyncGenerator<ZipEntry> {
    for (const a of assets) {
      const value = assetValue(a);
      yield {
        name: assetEntryName(a),
        data: isFileAsset(a) ? await bytesOf(value) : new TextEncoder().encode(value),
      };
    }
  }
  return zipStream(entries());
}
