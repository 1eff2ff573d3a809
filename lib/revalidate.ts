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
 * (scripts, `npm run job`, tests) they throw "static generation store missing": that is caught and
 * logged here, and the CDN purge still happens.
 */
import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { fallbackLogger, purgeSurrogateKeys, purgeUrl, type CdnLogger, type PurgeResult } from "./cdn";

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
  /** Injected in tests; defaults to the env-configured Fastly client. */
  cdn?: {
    purgeSurrogateKeys: (keys: readonly string[], options?: { soft?: boolean }) => Promise<PurgeResult>;
    purgeUrl: (url: string, options?: { soft?: boolean }) => Promise<PurgeResult>;
  };
};

export type RevalidateResult = {
  /** Tags and paths Next accepted. */
  revalidated: string[];
  /** Tags and paths Next refused (no request context); the CDN was purged anyway. */
  skipped: string[];
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
  const result: RevalidateResult = { revalidated: [], skipped: [], cdn: [] };

  for (const tag of uniqueTags) {
    try {
      invalidateTag(tag, mode);
      result.revalidated.push(tag);
    } catch (error) {
      result.skipped.push(tag);
      logger.warn(
        { tag, err: errorMessage(error) },
        "revalidate: Next cache tag not revalidated (no request context)",
      );
    }
  }
  for (const path of paths) {
    try {
      revalidatePath(path);
      result.revalidated.push(path);
    } catch (error) {
      result.skipped.push(path);
      logger.warn(
        { path, err: errorMessage(error) },
        "revalidate: Next path not revalidated (no request context)",
      );
    }
  }

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
  return result;
}
