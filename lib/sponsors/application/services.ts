import "server-only";
import { AppError } from "@/lib/platform/errors";
import { availableKey, safeFileName, sniffContentType, storage } from "@/lib/platform/storage";

const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/**
 * A sponsor logo through the storage interface (AC-FILE-1): at most 5 MB, and a PNG, JPEG, GIF or
 * WebP by its bytes (not its name or the browser's word), stored under `folder` with a free key.
 * python.org also took SVG; served from our origin an SVG could run script, so it is refused.
 */
export async function storeLogo(file: File, folder: string, field: string): Promise<string> {
  if (file.size > MAX_LOGO_BYTES)
    throw new AppError("validation_failed", "Logo too large.", {
      fields: { [field]: ["Upload an image of at most 5 MB."] },
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffContentType(bytes);
  if (!type || !LOGO_TYPES.has(type))
    throw new AppError("validation_failed", "Not an image.", {
      fields: {
        [field]: [
          "Upload a valid image. The file you uploaded was either not an image or a corrupted image.",
        ],
      },
    });
  const store = storage();
  const key = await availableKey(store, `${folder}/${safeFileName(file.name || "logo")}`);
  await store.put(key, bytes, type);
  return key;
}
