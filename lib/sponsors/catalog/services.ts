import "server-only";
import { AppError } from "@/lib/platform/errors";
import { availableKey, safeFileName, sniffContentType, storage } from "@/lib/platform/storage";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * ProvidedFileAssetConfiguration.shared_file: the file the PSF gives every sponsor with the
 * benefit, through the storage interface (served with its type policy: anything a browser would
 * run goes out as a download).
 */
export async function storeSharedFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES)
    throw new AppError("validation_failed", "File too large.", {
      fields: { sharedFile: ["Upload a file of at most 20 MB."] },
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const store = storage();
  const key = await availableKey(store, `sponsors-app-assets/shared/${safeFileName(file.name || "file")}`);
  await store.put(key, bytes, sniffContentType(bytes) ?? "application/octet-stream");
  return key;
}
