import path from "node:path";
import { env } from "@/lib/platform/env";
import { encodeKey } from "./keys";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

export type { Storage, StoredObject } from "./types";
export { availableKey, encodeKey, joinKey, legacyMediaPath, normalizeKey, safeFileName, withSuffix } from "./keys";
export { contentTypeForName, looksLikeText, servedHeaders, sniffContentType } from "./content-type";
export { createLocalStorage } from "./local";
export { createS3Storage } from "./s3";

let instance: Storage | undefined;

/** Where MEDIA_ROOT points (default `<EMBEDDED_DATA_DIR>/media`). */
export function mediaRoot(): string {
  // A folder chosen at run time: without the ignore comment the build traces the whole project
  // into the standalone output (the Docker image) because of this one call.
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_ROOT ?? path.join(env.EMBEDDED_DATA_DIR, "media"));
}

/** The public base every stored file's URL starts with (no trailing slash). */
export function mediaBaseUrl(): string {
  if (env.MEDIA_URL) return env.MEDIA_URL.replace(/\/+$/, "");
  if (env.S3_BUCKET && env.S3_ENDPOINT)
    return `${env.S3_ENDPOINT.replace(/\/+$/, "")}/${env.S3_BUCKET}/${env.S3_KEY_PREFIX.replace(/^\/+|\/+$/g, "")}`.replace(/\/+$/, "");
  return "/media";
}

/**
 * The public URL of a media path that may not be a valid key of ours (a legacy python.org
 * media path, already through legacyMediaPath): the base plus the percent-encoded path.
 */
export function mediaUrl(mediaPath: string): string {
  return `${mediaBaseUrl()}/${encodeKey(mediaPath)}`;
}

/**
 * The configured file storage (DESIGN.md, runtime modes): an S3-compatible bucket when
 * S3_BUCKET is set, otherwise local disk under MEDIA_ROOT served at /media/.
 */
export function storage(): Storage {
  instance ??= createStorage();
  return instance;
}

function createStorage(): Storage {
  if (!env.S3_BUCKET) return createLocalStorage(mediaRoot(), mediaBaseUrl());
  if (!env.S3_ENDPOINT || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)
    throw new Error("S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required when S3_BUCKET is set");
  return createS3Storage({
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    keyPrefix: env.S3_KEY_PREFIX,
    publicUrl: mediaBaseUrl(),
  });
}
