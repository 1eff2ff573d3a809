import path from "node:path";
import { env } from "@/lib/platform/env";
import { createLocalStorage } from "./local";
import type { Storage } from "./types";

export type { Storage, StoredObject } from "./types";
export { availableKey, encodeKey, joinKey, normalizeKey, safeFileName, withSuffix } from "./keys";
export { contentTypeForName, looksLikeText, servedHeaders, sniffContentType } from "./content-type";
export { createLocalStorage } from "./local";

let instance: Storage | undefined;

/** Where MEDIA_ROOT points (default `<EMBEDDED_DATA_DIR>/media`). */
export function mediaRoot(): string {
  return path.resolve(env.MEDIA_ROOT ?? path.join(env.EMBEDDED_DATA_DIR, "media"));
}

/**
 * The configured file storage (DESIGN.md, runtime modes): an S3-compatible bucket when
 * S3_BUCKET is set, otherwise local disk under MEDIA_ROOT served at /media/.
 */
export function storage(): Storage {
  instance ??= createLocalStorage(mediaRoot(), env.MEDIA_URL ?? "/media");
  return instance;
}
