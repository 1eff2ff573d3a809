/**
 * CDN surrogate keys, cache headers and Fastly purges.
 *
 * python.org keeps Fastly in front of Django: pydotorg/middleware.py GlobalSurrogateKey tags every
 * response with `pydotorg-app <first-path-segment>` and fastly/utils.py purges by key or URL on
 * publish. We keep those key names, and add our cache-tag names (each domain's constants.ts) as keys so a
 * mutation purges the CDN with the same words it revalidates Next's cache with.
 *
 * Without FASTLY_API_KEY + FASTLY_SERVICE_ID the headers are still set and every purge is a no-op
 * that logs (DESIGN.md, runtime modes). A purge never throws into the caller: a failed purge must
 * not fail the publish that triggered it; it returns `{ ok: false }` and is logged without the key.
 */
import { childLogger } from "@/lib/platform/log";
import "server-only";
import { env } from "@/lib/platform/env";
import { combineClients, createEdgeClient } from "./edge";
import { SITE_SURROGATE_KEY } from "./site-key.mjs";

/** The key every python.org response carries (GlobalSurrogateKey). Purging it empties the site. */
export { SITE_SURROGATE_KEY };

const FASTLY_API = "https://api.fastly.com";
// Fastly accepts at most 256 keys per batch purge and 1024 bytes per key.
const MAX_KEYS_PER_PURGE = 256;
const MAX_KEY_BYTES = 1024;
const PURGE_TIMEOUT_MS = 5000;

/**
 * pino-compatible logger shape (`log.info(fields, msg)`). lib/platform/log.ts (pino) by
 * default (`fallbackLogger`); tests pass their own.
 */
export type CdnLogger = {
  info: (fields: Record<string, unknown>, msg: string) => void;
  warn: (fields: Record<string, unknown>, msg: string) => void;
  error: (fields: Record<string, unknown>, msg: string) => void;
};

/** The default logger: the app's pino logger, scoped to the CDN. */
export const fallbackLogger: CdnLogger = childLogger({ module: "cdn" });

/** Cleans a key list: trims, drops empty and over-long keys and whitespace inside, dedupes. */
export function normalizeKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of keys) {
    const key = raw.trim().replace(/\s+/g, "-");
    if (key && Buffer.byteLength(key) <= MAX_KEY_BYTES) out.add(key);
  }
  return [...out];
}

/**
 * Surrogate keys for a request path, as pydotorg/middleware.py GlobalSurrogateKey sets them:
 * `pydotorg-app` plus the first path segment (`/downloads/release/python-3140/` -> `downloads`);
 * the homepage gets `pydotorg-app` only. `extra` adds domain keys (cache-tag names).
 */
export function surrogateKeysFor(pathname: string, extra: readonly string[] = []): string[] {
  const first = pathname.split("/").find((segment) => segment !== "");
  return normalizeKeys([SITE_SURROGATE_KEY, ...(first ? [first] : []), ...extra]);
}

export type CdnHeaderOptions = {
  /** Surrogate keys; ignored for private responses. */
  keys?: readonly string[];
  /** Browser lifetime in seconds (Cache-Control max-age). Default 300: python.org's 5 minutes. */
  maxAge?: number;
  /** CDN lifetime in seconds (Surrogate-Control max-age, Cache-Control s-maxage). Default 86400. */
  sMaxAge?: number;
  /** Seconds the CDN may serve stale while it refetches. Default 60. */
  staleWhileRevalidate?: number;
  /** Seconds the CDN may serve stale when the origin errors. Default 86400. */
  staleIfError?: number;
  /** Admin pages and anything for a signed-in user: never stored by the CDN or the browser. */
  private?: boolean;
};

export const PRIVATE_CACHE_CONTROL = "private, no-store";

function seconds(value: number | undefined, fallback: number): number {
  return Number.isFinite(value) && value! >= 0 ? Math.floor(value!) : fallback;
}

/**
 * Cache headers for a response. Public: `Cache-Control` for browsers (and s-maxage for shared
 * caches that ignore Surrogate-Control), `Surrogate-Control` for Fastly (which strips it before
 * the browser) and `Surrogate-Key` for purges. Private: `Cache-Control: private, no-store` only
 * (pydotorg/middleware.py AdminNoCaching).
 */
export function cdnHeaders(options: CdnHeaderOptions = {}): Record<string, string> {
  if (options.private) return { "Cache-Control": PRIVATE_CACHE_CONTROL };
  const maxAge = seconds(options.maxAge, 300);
  const sMaxAge = seconds(options.sMaxAge, 86_400);
  const swr = seconds(options.staleWhileRevalidate, 60);
  const sie = seconds(options.staleIfError, 86_400);
  const headers: Record<string, string> = {
    "Cache-Control": `public, max-age=${maxAge}, s-maxage=${sMaxAge}`,
    "Surrogate-Control": `max-age=${sMaxAge}, stale-while-revalidate=${swr}, stale-if-error=${sie}`,
  };
  const keys = normalizeKeys(options.keys ?? []);
  if (keys.length) headers["Surrogate-Key"] = keys.join(" ");
  return headers;
}

export type PurgeResult = {
  ok: boolean;
  /** HTTP status of the last Fastly answer; null when nothing was sent or the request failed. */
  status: number | null;
  /** Why nothing was sent. */
  skipped?: "unconfigured" | "empty";
  error?: string;
};

export type FastlyConfig = {
  apiKey?: string;
  serviceId?: string;
  /** Fastly API origin; tests point it at a local server. */
  baseUrl?: string;
  /** Origin that relative paths given to purgeUrl resolve against (the public site). */
  siteUrl?: string;
  /** Soft purge (`Fastly-Soft-Purge: 1`): mark stale instead of evicting. */
  soft?: boolean;
  logger?: CdnLogger;
  fetch?: typeof fetch;
};

export type FastlyClient = {
  configured: boolean;
  purgeSurrogateKeys: (keys: readonly string[], options?: { soft?: boolean }) => Promise<PurgeResult>;
  purgeUrl: (url: string, options?: { soft?: boolean }) => Promise<PurgeResult>;
};

function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === "TimeoutError" ? "timeout" : error.message;
  return String(error);
}

/** A Fastly purge client; every method resolves (never rejects) with a PurgeResult. */
export function createFastlyClient(config: FastlyConfig): FastlyClient {
  const logger = config.logger ?? fallbackLogger;
  const doFetch = config.fetch ?? fetch;
  const baseUrl = (config.baseUrl ?? FASTLY_API).replace(/\/+$/, "");
  const configured = Boolean(config.apiKey && config.serviceId);

  async function send(
    method: string,
    url: string,
    headers: Record<string, string>,
    soft: boolean,
    what: Record<string, unknown>,
  ) {
    const requestHeaders: Record<string, string> = {
      Accept: "application/json",
      ...headers,
      "Fastly-Key": config.apiKey!,
    };
    if (soft) requestHeaders["Fastly-Soft-Purge"] = "1";
    try {
      const response = await doFetch(url, {
        method,
        headers: requestHeaders,
        signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
      });
      // Drain the body so the connection is reused; its content is not needed.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) {
        logger.error({ ...what, status: response.status, soft }, "cdn: Fastly purge failed");
        return { ok: false, status: response.status, error: `HTTP ${response.status}` };
      }
      logger.info({ ...what, status: response.status, soft }, "cdn: purged");
      return { ok: true, status: response.status };
    } catch (error) {
      const message = describeError(error);
      logger.error({ ...what, soft, err: message }, "cdn: Fastly purge request failed");
      return { ok: false, status: null, error: message };
    }
  }

  return {
    configured,
    async purgeSurrogateKeys(keys, options = {}) {
      const clean = normalizeKeys(keys);
      if (!clean.length) return { ok: true, status: null, skipped: "empty" };
      if (!configured) {
        logger.info(
          { keys: clean, fastly: "unconfigured" },
          "cdn: purge skipped (FASTLY_API_KEY/FASTLY_SERVICE_ID unset)",
        );
        return { ok: true, status: null, skipped: "unconfigured" };
      }
      const url = `${baseUrl}/service/${encodeURIComponent(config.serviceId!)}/purge`;
      let last: PurgeResult = { ok: true, status: null };
      for (let i = 0; i < clean.length; i += MAX_KEYS_PER_PURGE) {
        const batch = clean.slice(i, i + MAX_KEYS_PER_PURGE);
        const result = await send(
          "POST",
          url,
          { "Surrogate-Key": batch.join(" ") },
          options.soft ?? config.soft ?? false,
          { keys: batch },
        );
        if (!result.ok) return result;
        last = result;
      }
      return last;
    },
    async purgeUrl(url, options = {}) {
      let target: string;
      try {
        target = new URL(url, config.siteUrl).toString();
      } catch {
        logger.warn({ url }, "cdn: purge skipped (not a URL)");
        return { ok: false, status: null, error: "invalid url" };
      }
      if (!configured) {
        logger.info(
          { url: target, fastly: "unconfigured" },
          "cdn: purge skipped (FASTLY_API_KEY/FASTLY_SERVICE_ID unset)",
        );
        return { ok: true, status: null, skipped: "unconfigured" };
      }
      // fastly/utils.py purge_url: the HTTP PURGE method on the public URL itself.
      return send("PURGE", target, {}, options.soft ?? config.soft ?? false, { url: target });
    },
  };
}

let defaultClient: FastlyClient | undefined;

function getDefaultClient(): FastlyClient {
  if (defaultClient) return defaultClient;
  const fastly = createFastlyClient({
    apiKey: env.FASTLY_API_KEY,
    serviceId: env.FASTLY_SERVICE_ID,
    siteUrl: env.SITE_URL,
  });
  // With the shipped edge cache configured, every purge also goes there.
  defaultClient = env.EDGE_PURGE_URL
    ? combineClients([
        fastly,
        createEdgeClient({ purgeUrl: env.EDGE_PURGE_URL, logger: fallbackLogger, normalizeKeys }),
      ])
    : fastly;
  return defaultClient;
}

/** Purges surrogate keys with the env-configured Fastly service (no-op that logs when unset). */
export function purgeSurrogateKeys(
  keys: readonly string[],
  options?: { soft?: boolean },
): Promise<PurgeResult> {
  return getDefaultClient().purgeSurrogateKeys(keys, options);
}

/** Purges one URL (absolute, or a path on SITE_URL) with the env-configured Fastly service. */
export function purgeUrl(url: string, options?: { soft?: boolean }): Promise<PurgeResult> {
  return getDefaultClient().purgeUrl(url, options);
}
