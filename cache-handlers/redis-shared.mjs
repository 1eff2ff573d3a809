// @ts-check
/**
 * Shared pieces of the Redis-backed Next cache handlers (redis-incremental.mjs for `cacheHandler`,
 * redis-use-cache.mjs for `cacheHandlers`): the connection, the shared tag-invalidation store and
 * a structured logger.
 *
 * These files are plain ESM loaded by Next outside the app's module graph (next.config.mjs points
 * at them), so they cannot use lib/platform/env.ts or lib/platform/redis.ts: they read REDIS_URL from process.env
 * directly, the one documented exception to STYLE.md rule 10.
 *
 * Tag state mirrors Next's own tags manifest (next/dist/server/lib/incremental-cache/
 * tags-manifest.external.js): per tag a `stale` time (revalidateTag(tag, "max"): serve while
 * regenerating) and an `expired` time (updateTag / revalidatePath: stop serving). Both live in
 * Redis, so a revalidation on one instance is seen by every instance on its next read. Times are
 * wall-clock milliseconds: keep instance clocks in sync (NTP).
 */
import Redis from "ioredis";

export const DEFAULT_PREFIX = "pydotorg:next:";
/** Upper bound on any entry's Redis TTL: Next never deletes entries, so the store must. */
export const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;
const CONNECT_WAIT_MS = 1000;

/** @param {string} level @param {string} msg @param {Record<string, unknown>} [fields] */
export function logEvent(level, msg, fields = {}) {
  const levels = /** @type {Record<string, number>} */ ({ debug: 20, info: 30, warn: 40, error: 50 });
  process.stderr.write(
    `${JSON.stringify({ level: levels[level] ?? 30, time: Date.now(), name: "next-cache", ...fields, msg })}\n`,
  );
}

/** @param {unknown} error */
export function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

/** The REDIS_URL the handlers use, or undefined (then Next's built-in handlers should be configured). */
export function redisUrlFromEnv() {
  const url = process.env.REDIS_URL?.trim();
  return url ? url : undefined;
}

/**
 * A fail-fast ioredis connection (no offline queue, one retry, 1 s command timeout): a cache
 * miss is cheaper than a hung render.
 * @param {string} url
 */
export function createRedisConnection(url) {
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1000,
    connectionName: "pydotorg-next-cache",
  });
  // Errors surface per command (as a miss); the event only needs a listener.
  client.on("error", () => undefined);
  return client;
}

/**
 * Returns a function that resolves to the client when it is usable, or null (treated as a miss).
 * The first call waits up to 1 s for the connection; later calls never wait, so a Redis outage
 * serves uncached pages instead of blocking requests. ioredis reconnects in the background.
 * @param {import("ioredis").default} client
 */
export function readyGetter(client) {
  /** @type {Promise<void> | undefined} */
  let firstWait;
  return async function getReadyClient() {
    if (client.status === "ready") return client;
    if (client.status === "end") return null;
    firstWait ??= new Promise((resolve) => {
      const timer = setTimeout(resolve, CONNECT_WAIT_MS);
      timer.unref?.();
      client.once("ready", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
    await firstWait;
    return client.status === "ready" ? client : null;
  };
}

/**
 * TTL in whole seconds for an entry that Next may use for `expireSeconds`, capped at MAX_TTL.
 * @param {number | undefined | false} expireSeconds
 */
export function ttlSeconds(expireSeconds) {
  if (typeof expireSeconds !== "number" || !Number.isFinite(expireSeconds) || expireSeconds <= 0)
    return MAX_TTL_SECONDS;
  return Math.min(MAX_TTL_SECONDS, Math.max(1, Math.ceil(expireSeconds)));
}

/**
 * @typedef {{ stale: number; expired: number }} TagState  times in ms; 0 when never set
 * @typedef {{
 *   read(tags: readonly string[]): Promise<Map<string, TagState> | null>;
 *   update(tags: readonly string[], durations?: { expire?: number }): Promise<void>;
 * }} TagStore
 */

/**
 * Tag invalidation times in two Redis hashes (`<prefix>tags:stale`, `<prefix>tags:expired`),
 * read in one round trip. `read` resolves null when Redis cannot answer.
 * @param {() => Promise<import("ioredis").default | null>} getClient
 * @param {string} prefix
 * @returns {TagStore}
 */
export function createTagStore(getClient, prefix) {
  const staleKey = `${prefix}tags:stale`;
  const expiredKey = `${prefix}tags:expired`;
  return {
    async read(tags) {
      const state = new Map();
      if (!tags.length) return state;
      const redis = await getClient();
      if (!redis) return null;
      try {
        const results = await redis
          .multi()
          .hmget(staleKey, ...tags)
          .hmget(expiredKey, ...tags)
          .exec();
        if (!results || results.some(([error]) => error)) return null;
        const stale = /** @type {(string | null)[]} */ (results[0]?.[1] ?? []);
        const expired = /** @type {(string | null)[]} */ (results[1]?.[1] ?? []);
        tags.forEach((tag, i) =>
          state.set(tag, { stale: Number(stale[i] ?? 0), expired: Number(expired[i] ?? 0) }),
        );
        return state;
      } catch (error) {
        logEvent("warn", "next-cache: tag lookup failed", { err: errorMessage(error) });
        return null;
      }
    },
    async update(tags, durations) {
      if (!tags.length) return;
      const redis = await getClient();
      // A revalidation Redis never recorded would leave every other instance serving old
      // entries: report it instead of pretending it worked.
      if (!redis) throw new Error("next-cache: Redis unavailable; tag revalidation not recorded");
      const now = Date.now();
      const tx = redis.multi();
      for (const tag of tags) {
        if (durations) {
          // revalidateTag(tag, profile): stale now, expired after the profile's expire.
          tx.hset(staleKey, tag, String(now));
          if (durations.expire !== undefined) tx.hset(expiredKey, tag, String(now + durations.expire * 1000));
        } else {
          // updateTag / revalidatePath: expired now.
          tx.hset(expiredKey, tag, String(now));
        }
      }
      const results = await tx.exec();
      const failed = results?.find(([error]) => error);
      if (!results || failed)
        throw new Error(`next-cache: tag revalidation failed: ${errorMessage(failed?.[0])}`);
    },
  };
}

/**
 * How the tags' state bears on an entry written at `timestamp`: "expired" (stop serving),
 * "stale" (serve once more while regenerating) or "fresh".
 * @param {Map<string, TagState>} state
 * @param {number} timestamp
 * @returns {"fresh" | "stale" | "expired"}
 */
export function tagVerdict(state, timestamp) {
  const now = Date.now();
  let verdict = /** @type {"fresh" | "stale" | "expired"} */ ("fresh");
  for (const { stale, expired } of state.values()) {
    if (expired > timestamp && expired <= now) return "expired";
    if (stale > timestamp) verdict = "stale";
  }
  return verdict;
}
