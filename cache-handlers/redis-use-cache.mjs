// @ts-check
/**
 * `'use cache'` handler (next.config `cacheHandlers.default` and `.remote`) backed by Redis, so
 * every Next instance shares cached components/functions and their tag invalidations.
 * Implements Next 16's CacheHandler (next/dist/server/lib/cache-handlers/types.d.ts): get, set,
 * refreshTags, getExpiration, updateTags; the semantics follow the built-in handler
 * (cache-handlers/default.js) except that stale entries are served until `expire` (a shared
 * store is worth warming) and tag state lives in Redis (see redis-shared.mjs).
 *
 * Only configure it when REDIS_URL is set: without Redis Next's built-in in-memory handler is the
 * embedded default. If it is loaded anyway, or Redis is down, every read is a miss and every write
 * is dropped (fail open), with one warning.
 */
import { noteDataRead } from "./page-hits.mjs";
import { requestStore } from "./request-kind.mjs";
import {
  DEFAULT_PREFIX,
  createRedisConnection,
  createTagStore,
  errorMessage,
  logEvent,
  readyGetter,
  redisUrlFromEnv,
  tagVerdict,
  ttlSeconds,
} from "./redis-shared.mjs";

/**
 * @typedef {{
 *   value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number;
 *   expire: number; revalidate: number;
 * }} CacheEntry
 * @typedef {{
 *   get(cacheKey: string, softTags: string[]): Promise<CacheEntry | undefined>;
 *   set(cacheKey: string, pendingEntry: Promise<CacheEntry>): Promise<void>;
 *   refreshTags(): Promise<void>;
 *   getExpiration(tags: string[]): Promise<number>;
 *   updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
 * }} UseCacheHandler
 */

/** @param {Uint8Array} bytes */
function streamFromBytes(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @param {ReadableStream<Uint8Array>} stream */
async function bytesFromStream(stream) {
  const chunks = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks);
}

/**
 * @param {{ redis?: import("ioredis").default; url?: string; keyPrefix?: string }} [options]
 *   `redis` or `url` (default REDIS_URL); `keyPrefix` namespaces every key (tests use a unique one).
 * @returns {UseCacheHandler}
 */
export function createRedisUseCacheHandler(options = {}) {
  const prefix = options.keyPrefix ?? DEFAULT_PREFIX;
  const entryPrefix = `${prefix}use-cache:`;
  const url = options.url ?? redisUrlFromEnv();
  const client = options.redis ?? (url ? createRedisConnection(url) : null);
  if (!client)
    logEvent("warn", "next-cache: 'use cache' Redis handler loaded without REDIS_URL; caching is off");
  const getClient = client ? readyGetter(client) : async () => null;
  const tagStore = createTagStore(getClient, prefix);
  // A get for a key whose set is still in flight on this instance waits for it (interface contract).
  /** @type {Map<string, Promise<void>>} */
  const pendingSets = new Map();
  // The request guard records an API answer only when its data all came fresh from here, and
  // asks later whether it still is (page-hits.mjs).
  const noteMiss = () => {
    noteDataRead(requestStore(), null);
    return undefined;
  };
  /**
   * @param {import("ioredis").default} redis
   * @param {string} key
   * @param {string[]} tags
   * @param {{ timestamp: number; revalidate: number; expire: number }} entry
   */
  const noteFresh = (redis, key, tags, entry) =>
    noteDataRead(requestStore(), {
      lastModified: entry.timestamp,
      revalidate: entry.revalidate,
      expire: entry.expire,
      async stillFresh() {
        if (redis.status !== "ready") return false;
        try {
          const [exists, tagState] = await Promise.all([redis.exists(key), tagStore.read(tags)]);
          return exists === 1 && tagState !== null && tagVerdict(tagState, entry.timestamp) === "fresh";
        } catch {
          return false;
        }
      },
    });

  return {
    async get(cacheKey, softTags = []) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      const redis = await getClient();
      if (!redis) return noteMiss();
      try {
        const key = entryPrefix + cacheKey;
        const [meta, value] = await redis.hmgetBuffer(key, "meta", "value");
        if (!meta || !value) return noteMiss();
        const entry = JSON.parse(meta.toString("utf8"));
        let revalidate = entry.revalidate;
        // Soft (implicit path) tags are checked by Next through getExpiration; the entry's own
        // tags (cacheTag) are checked here, against the shared tag state.
        const state = await tagStore.read(entry.tags);
        if (!state) return noteMiss();
        const verdict = tagVerdict(state, entry.timestamp);
        if (verdict === "expired") return noteMiss();
        if (verdict === "stale") {
          noteMiss();
          revalidate = -1;
        } else noteFresh(redis, key, [...entry.tags, ...softTags], entry);
        return { ...entry, revalidate, value: streamFromBytes(value) };
      } catch (error) {
        logEvent("warn", "next-cache: use-cache get failed", { err: errorMessage(error) });
        return noteMiss();
      }
    },

    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => undefined;
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        // Always consume the stream (the contract), even when the bytes are not stored.
        const bytes = await bytesFromStream(entry.value);
        // expire 0 means dynamic: Next regenerates it on every read, so storing it is waste.
        if (entry.expire === 0 && !process.env.__NEXT_DEV_SERVER) return;
        const redis = await getClient();
        if (!redis) return;
        const { value: _value, ...meta } = entry;
        const key = entryPrefix + cacheKey;
        await redis
          .multi()
          .del(key)
          .hset(key, "meta", JSON.stringify(meta), "value", bytes)
          .expire(key, ttlSeconds(entry.expire))
          .exec();
      } catch (error) {
        // A stream that errored mid-render leaves a partial value: keep nothing.
        logEvent("warn", "next-cache: use-cache set failed", { err: errorMessage(error) });
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },

    // Every read consults Redis for tag state, so there is no local copy to refresh.
    async refreshTags() {},

    async getExpiration(tags) {
      const state = await tagStore.read(tags);
      // Without an answer, report "revalidated just now": Next discards the entry (a miss)
      // rather than serve one a revalidatePath may have invalidated.
      if (!state) return Date.now();
      const now = Date.now();
      let latest = 0;
      for (const { expired } of state.values()) if (expired <= now && expired > latest) latest = expired;
      return latest;
    },

    async updateTags(tags, durations) {
      try {
        await tagStore.update(tags, durations);
      } catch (error) {
        logEvent("error", "next-cache: updateTags failed", { tags, err: errorMessage(error) });
        throw error;
      }
    },
  };
}

let shared = /** @type {UseCacheHandler | undefined} */ (undefined);

/** The process-wide handler Next loads (one Redis connection for `default` and `remote`). */
function getSharedHandler() {
  shared ??= createRedisUseCacheHandler();
  return shared;
}

/** @type {UseCacheHandler} */
const handler = {
  get: (cacheKey, softTags) => getSharedHandler().get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => getSharedHandler().set(cacheKey, pendingEntry),
  refreshTags: () => getSharedHandler().refreshTags(),
  getExpiration: (tags) => getSharedHandler().getExpiration(tags),
  updateTags: (tags, durations) => getSharedHandler().updateTags(tags, durations),
};

export default handler;
