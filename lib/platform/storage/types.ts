/** A stored object as read back: the body, the type it was stored with, its size and a validator. */
export type StoredObject = {
  body: Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  size: number;
  etag?: string;
};

/**
 * File storage (DESIGN.md, runtime modes): local disk under MEDIA_ROOT by default, an
 * S3-compatible bucket when S3_BUCKET is set. Keys are normalised (keys.ts) before they reach a
 * backend; a backend refuses any key normaliseKey would change.
 */
export type Storage = {
  readonly kind: "local" | "s3";
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Public URL of the key: `/media/<key>` on local disk, under MEDIA_URL (or the bucket) on S3. */
  url(key: string): string;
};
