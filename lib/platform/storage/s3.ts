import { AwsClient } from "aws4fetch";
import { encodeKey, requireKey } from "./keys";
import type { Storage, StoredObject } from "./types";

export type S3Config = {
  endpoint: string; // https://s3.us-east-1.amazonaws.com, http://127.0.0.1:9000 (MinIO), ...
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prefix of every object name in the bucket: python.org keeps media under `media/`. */
  keyPrefix: string;
  /** Public base of the objects; default `<endpoint>/<bucket>/<keyPrefix>` (path style). */
  publicUrl?: string;
  timeoutMs?: number;
};

/**
 * An S3-compatible bucket, addressed path-style (`<endpoint>/<bucket>/<prefix><key>`), which
 * AWS, MinIO, Ceph and R2 all accept, signed with SigV4 by aws4fetch. The endpoint is operator
 * configuration, not user input, so this is not a case for the SSRF-guarded fetcher. Objects are
 * written public-read-compatible (no ACL header: the bucket policy decides, as python.org's
 * AWS_DEFAULT_ACL=public-read bucket does) with the upload's content type; the app links to
 * them at `publicUrl` and /media/ redirects there.
 */
export function createS3Storage(config: S3Config): Storage {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    region: config.region,
    service: "s3",
    retries: 2,
  });
  const endpoint = config.endpoint.replace(/\/+$/, "");
  const prefix = config.keyPrefix.replace(/^\/+/, "");
  const objectUrl = (key: string) => `${endpoint}/${encodeURIComponent(config.bucket)}/${encodeKey(prefix + requireKey(key))}`;
  const publicBase = (config.publicUrl ?? `${endpoint}/${config.bucket}/${prefix}`).replace(/\/+$/, "");
  const timeout = () => AbortSignal.timeout(config.timeoutMs ?? 30_000);

  async function call(method: string, key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    return client.fetch(objectUrl(key), {
      method,
      body: init.body as BodyInit | undefined,
      headers: init.headers,
      signal: timeout(),
    });
  }

  async function fail(response: Response, what: string): Promise<never> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    throw new Error(`S3 ${what} failed: ${response.status} ${detail}`);
  }

  return {
    kind: "s3",
    async put(key, data, contentType) {
      const response = await call("PUT", key, {
        body: data,
        headers: { "Content-Type": contentType, "Content-Length": String(data.byteLength) },
      });
      if (!response.ok) await fail(response, `PUT ${key}`);
      await response.body?.cancel();
    },
    async get(key): Promise<StoredObject | null> {
      const response = await call("GET", key);
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) return fail(response, `GET ${key}`);
      return {
        body: response.body,
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
        size: Number(response.headers.get("content-length") ?? 0),
        etag: response.headers.get("etag") ?? undefined,
      };
    },
    async exists(key) {
      const response = await call("HEAD", key);
      await response.body?.cancel();
      if (response.status === 404) return false;
      if (!response.ok) await fail(response, `HEAD ${key}`);
      return true;
    },
    async delete(key) {
      const response = await call("DELETE", key);
      // S3 answers 204 whether or not the object existed; some servers answer 404.
      if (!response.ok && response.status !== 404) await fail(response, `DELETE ${key}`);
      await response.body?.cancel();
    },
    url(key) {
      return `${publicBase}/${encodeKey(requireKey(key))}`;
    },
  };
}
