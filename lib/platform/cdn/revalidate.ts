/**
 * One call for "this data changed": revalidate Next's cache tags and purge the CDN
 * (DESIGN.md: every publish or edit revalidates the cache tags and purges the surrogate keys it
 * touches). Used by lib/<domain>/mutations.ts, server actions, route handlers and Inngest functions.
 *
 * Next 16: revalidateTag(tag, "max") marks the tag stale (served while it regenerates in the
 * background); the one-argument form is deprecated. updateTag(tag) expires at once
 * (read-your-own-writes) but exists only inside server actions. Both only record the tag in the
 * current request's work store; Next hands it to the cache handlers (cache-handlers/*.mjs, shared
 * through Redis when REDIS_URL is set) after the action or handler finishes. Outside a request
 * (scripts, `npm run job`, tests) they throw "static generation store missing". There, when
 * REDIS_URL is set, the tags (and paths, as Next's implicit `_N_T_` tags) are written straight to
 * the tag store the Redis cache handlers read on every lookup (cache-handlers/redis-shared.mjs),
 * exactly as Next would after a request: every server sees the change on its next request.
 * Without Redis each server's cache lives in its own process and cannot be reached from outside:
 * that is logged, and pages refresh within their cache life. The CDN purge happens either way.
 */
import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { getRedis, whenReady } from "@/lib/platform/redis";
import { createTagStore, DEFAULT_PREFIX, type TagStore } from "../../../cache-handlers/redis-shared.mjs";
import { fallbackLogger, purgeSurrogateKeys, purgeUrl, type CdnLogger, type PurgeResult } from "./cdn";
import { getDefaultWarmer, type Warmer } from "./warm";

export type RevalidateOptions = {
  /** Extra CDN surrogate keys to purge besides the tags themselves (e.g. `downloads`, `pydotorg-app`). */
  surrogateKeys?: readonly string[];
  /** Paths whose Next route cache is revalidated and whose CDN URL is purged. */
  paths?: readonly string[];
  /**
   * "max" (default): stale-while-revalidate. "immediate": the next request sees the write
   * (updateTag in a server action, revalidateTag with expire 0 elsewhere).
   */
  mode?: "max" | "immediate";
  /** Soft-purge the CDN (mark stale) instead of evicting. */
  softPurge?: boolean;
  logger?: CdnLogger;
  /**
   * Where tags go when Next has no request context. Defaults to the Redis cache handlers' tag
   * store when REDIS_URL is set (tests pass one with their own key prefix); null: nowhere.
   */
  sharedTags?: TagStore | null;
  /**
   * Warm-up after the purge (lib/platform/cdn/warm.ts); defaults to the CACHE_WARM_URL one
   * (none when unset); null: none.
   */
  warm?: Warmer | null;
  /** Injected in tests; defaults to the env-configured Fastly client. */
  cdn?: {
    purgeSurrogateKeys: (keys: readonly string[], options?: { soft?: boolean }) => Promise<PurgeResult>;
    purgeUrl: (url: string, options?: { soft?: boolean }) => Promise<PurgeResult>;
  };
};

export type RevalidateResult = {
  /** Tags and paths Next accepted. */
  revalidated: string[];
  /**
   * Tags and paths Next refused (no request context) that could not be recorded in the shared
   * tag store either (no Redis); the CDN was purged anyway.
   */
  skipped: string[];
  /** Tags and paths recorded straight in the shared Redis tag store, outside a request. */
  shared: string[];
  cdn: PurgeResult[];
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function invalidateTag(tag: string, mode: "max" | "immediate") {
  if (mode === "immediate") {
    try {
      updateTag(tag);
      return;
    } catch {
      // Not in a server action (route handler, Inngest): expire now, so the next request
      // renders fresh data instead of serving the stale copy once.
      revalidateTag(tag, { expire: 0 });
      return;
    }
  }
  revalidateTag(tag, "max");
}

/** Next's "max" cacheLife expire (config-shared.js): revalidateTag(tag, "max") passes it on. */
const MAX_PROFILE_EXPIRE_SECONDS = 60 * 60 * 24 * 365;
/** Next's prefix for the implicit tag of a path (NEXT_CACHE_IMPLICIT_TAG_ID). */
const IMPLICIT_TAG_PREFIX = "_N_T_";

/** The implicit tags revalidatePath(path) expires: the path without its trailing slash; `/` and `/index` go together. */
export function implicitPathTags(path: string): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const tag = `${IMPLICIT_TAG_PREFIX}${trimmed}`;
  if (trimmed === "/" || trimmed === "/index")
    return [`${IMPLICIT_TAG_PREFIX}/`, `${IMPLICIT_TAG_PREFIX}/index`];
  return [tag];
}

let defaultStore: TagStore | undefined;
function defaultSharedTags(): TagStore | null {
  const redis = getRedis();
  if (!redis) return null;
  defaultStore ??= createTagStore(async () => {
    const client = getRedis();
    if (!client) return null;
    return whenReady(client).then(
      () => client,
      () => null,
    );
  }, DEFAULT_PREFIX);
  return defaultStore;
}

/**
 * Revalidates `tags` in Next's cache and purges them (plus `surrogateKeys`) from the CDN.
 * Never throws: cache invalidation failures are logged, because the write that caused them has
 * already been committed and must not be reported as failed.
 */
export async function revalidateDomain(
  tags: readonly string[],
  options: RevalidateOptions = {},
): Promise<RevalidateResult> {
  const logger = options.logger ?? fallbackLogger;
  const cdn = options.cdn ?? { purgeSurrogateKeys, purgeUrl };
  const mode = options.mode ?? "max";
  const uniqueTags = [...new Set(tags)];
  const paths = [...new Set(options.paths ?? [])];
  const result: RevalidateResult = { revalidated: [], skipped: [], shared: [], cdn: [] };
  const refused: { tags: string[]; paths: string[]; reason: string } = { tags: [], paths: [], reason: "" };

  for (const tag of uniqueTags) {
    try {
      invalidateTag(tag, mode);
      result.revalidated.push(tag);
    } catch (error) {
      refused.tags.push(tag);
      refused.reason = errorMessage(error);
    }
  }
  for (const path of paths) {
    try {
      revalidatePath(path);
      result.revalidated.push(path);
    } catch (error) {
      refused.paths.push(path);
      refused.reason = errorMessage(error);
    }
  }
  if (refused.tags.length || refused.paths.length)
    await recordOutsideRequest(refused, mode, options, result, logger);

  const soft = options.softPurge;
  const keys = [...uniqueTags, ...(options.surrogateKeys ?? [])];
  const purges = [
    cdn.purgeSurrogateKeys(keys, { soft }),
    ...paths.map((path) => cdn.purgeUrl(path, { soft })),
  ];
  // The CDN client resolves with { ok: false } instead of rejecting; allSettled guards injected ones.
  for (const settled of await Promise.allSettled(purges)) {
    if (settled.status === "fulfilled") result.cdn.push(settled.value);
    else {
      logger.error({ err: errorMessage(settled.reason) }, "revalidate: CDN purge threw");
      result.cdn.push({ ok: false, status: null, error: errorMessage(settled.reason) });
    }
  }
  // Debounced: the pages are requested once purges pause, after Next has applied this request's tags.
  (options.warm === undefined ? getDefaultWarmer() : options.warm)?.schedule();
  return result;
}

/** Outside a request: write the tags to the shared tag store, or log that nothing could. */
async function recordOutsideRequest(
  refused: { tags: string[]; paths: string[]; reason: string },
  mode: "max" | "immediate",
  options: RevalidateOptions,
  result: RevalidateResult,
  logger: CdnLogger,
) {
  const store = options.sharedTags === undefined ? defaultSharedTags() : options.sharedTags;
  const items = [...refused.tags, ...refused.paths];
  if (store) {
    try {
      // Paths expire at once, as revalidatePath does; tags follow the mode.
      await store.update(refused.tags, mode === "max" ? { expire: MAX_PROFILE_EXPIRE_SECONDS } : undefined);
      await store.update(refused.paths.flatMap(implicitPathTags));
      result.shared.push(...items);
      logger.info(
        { tags: refused.tags, paths: refused.paths },
        "revalidate: recorded in the shared tag store",
      );
      return;
    } catch (error) {
      refused.reason = errorMessage(error);
    }
  }
  result.skipped.push(...items);
  logger.warn(
    { tags: refused.tags, paths: refused.paths, err: refused.reason },
    "revalidate: Next cache not revalidated (no request context, no shared tag store)",
  );
}
