import "server-only";
import { randomUUID } from "node:crypto";
import { sniffContentType, storage } from "@/lib/platform/storage";
import { imageSize } from "@/lib/sponsors/utils";
import type { AssetLine } from "./utils";

const EXT: Record<string, string> = {
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/gif": ".gif",
  "image/webp": ".webp",
};

/**
 * A required image asset (RequiredImgAssetConfiguration): an image by its bytes, within the
 * configured width and height, stored as `sponsors-app-assets/<uuid><ext>`. Returns the key, or
 * the field's error.
 */
export async function storeAssetImage(
  file: File,
  line: AssetLine,
): Promise<{ key: string } | { error: string }> {
  if (file.size > 10 * 1024 * 1024) return { error: "Upload an image of at most 10 MB." };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffContentType(bytes);
  const size = type && EXT[type] ? imageSize(bytes) : null;
  if (!type || !EXT[type] || !size)
    return {
      error: "Upload a valid image. The file you uploaded was either not an image or a corrupted image.",
    };
  const { minWidth, maxWidth, minHeight, maxHeight } = line.size;
  if ((minWidth && size.width < minWidth) || (maxWidth && size.width > maxWidth))
    return { error: `Image width must be between ${minWidth ?? 0} and ${maxWidth ?? "any"} pixels.` };
  if ((minHeight && size.height < minHeight) || (maxHeight && size.height > maxHeight))
    return { error: `Image height must be between ${minHeight ?? 0} and ${maxHeight ?? "any"} pixels.` };
  const key = `sponsors-app-assets/${randomUUID()}${EXT[type]}`;
  await storage().put(key, bytes, type);
  return { key };
}
