/**
 * Purges for the edge cache that ships with the project (edge/varnish.vcl): the same surrogate
 * keys and URLs the app purges on Fastly, sent to Varnish as `PURGE` requests. EDGE_PURGE_URL is
 * the cache's address as the app reaches it (http://edge in docker-compose.yml). Like the Fastly
 * client, a purge never throws: it resolves `{ ok: false }` and logs, so a publish never fails on it.
 */
import "server-only";
import type { CdnLogger, FastlyClient, PurgeResult } from "./cdn";

const PURGE_TIMEOUT_MS = 5000;
// One header line per batch: Varnish's default limit for a request header is 8 KB.
const MAX_HEADER_BYTES = 6000;

export type EdgeConfig = {
  /** The cache's base URL, e.g. http://edge:80. */
  purgeUrl: string;
  /** Mark stale instead of evicting (xkey.softpurge). */
  soft?: boolean;
  /** cdn.ts passes its logger and key cleaner (an argument, so the two files import no cycle). */
  logger: CdnLogger;
  normalizeKeys: (keys: readonly string[]) => string[];
  fetch?: typeof fetch;
};

/** Key batches whose space-joined header stays under the limit. */
function batches(keys: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    const size = Buffer.byteLength(key) + 1;
    if (current.length && bytes + size > MAX_HEADER_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(key);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

/** A purge client for the shipped Varnish edge, with the Fastly client's shape. */
export function createEdgeClient(config: EdgeConfig): FastlyClient {
  const { logger } = config;
  const doFetch = config.fetch ?? fetch;
  const base = new URL(config.purgeUrl);

  async function send(path: string, headers: Record<string, string>, what: Record<string, unknown>) {
    try {
      const response = await doFetch(new URL(path, base), {
        method: "PURGE",
        headers,
        signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) {
        logger.error({ ...what, status: response.status }, "cdn: edge purge failed");
        return { ok: false, status: response.status, error: `HTTP ${response.status}` };
      }
      logger.info({ ...what, status: response.status }, "cdn: edge purged");
      return { ok: true, status: response.status };
    } catch (error) {
      const message =
        error instanceof Error ? (error.name === "TimeoutError" ? "timeout" : error.message) : String(error);
      logger.error({ ...what, err: message }, "cdn: edge purge request failed");
      return { ok: false, status: null, error: message };
    }
  }

  return {
    configured: true,
    async purgeSurrogateKeys(keys, options = {}): Promise<PurgeResult> {
      const clean = config.normalizeKeys(keys);
      if (!clean.length) return { ok: true, status: null, skipped: "empty" };
      const soft = options.soft ?? config.soft ?? false;
      let last: PurgeResult = { ok: true, status: null };
      for (const batch of batches(clean)) {
        const headers: Record<string, string> = { "xkey-purge": batch.join(" ") };
        if (soft) headers["xkey-soft"] = "1";
        last = await send("/", headers, { edgeKeys: batch, soft });
        if (!last.ok) return last;
      }
      return last;
    },
    async purgeUrl(url): Promise<PurgeResult> {
      let path: string;
      try {
        // The cache keys objects by path and query only (vcl_hash), so the site's host is dropped.
        const parsed = new URL(url, "http://site.invalid");
        path = `${parsed.pathname}${parsed.search}`;
      } catch {
        logger.warn({ url }, "cdn: edge purge skipped (not a URL)");
        return { ok: false, status: null, error: "invalid url" };
      }
      return send(path, {}, { edgeUrl: path });
    },
  };
}

/** Both purge clients as one: every purge goes to each; the result is the first failure, else the last. */
export function combineClients(clients: FastlyClient[]): FastlyClient {
  const all = async (run: (c: FastlyClient) => Promise<PurgeResult>) => {
    const results = await Promise.all(clients.map(run));
    return results.find((r) => !r.ok) ?? results.find((r) => !r.skipped) ?? results[0]!;
  };
  return {
    configured: clients.some((c) => c.configured),
    purgeSurrogateKeys: (keys, options) => all((c) => c.purgeSurrogateKeys(keys, options)),
    purgeUrl: (url, options) => all((c) => c.purgeUrl(url, options)),
  };
}
